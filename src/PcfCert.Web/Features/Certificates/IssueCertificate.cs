using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>What the workflow (or a manager's form) asks for: the scheme, the decision's particulars and the links.</summary>
/// <param name="SchemeId">Scheme identity, e.g. <c>cec-7065cvp-a0</c>.</param>
/// <param name="Particulars">Everything printed except number and dates.</param>
/// <param name="References">Holder organisation, project and decision ids, end of the initial inspection, replaced certificate.</param>
/// <param name="IssuedOn">Issue date; today (China time) when null. Never in the future.</param>
public sealed record IssueCertificateCommand(
    string SchemeId, CertificateParticulars Particulars, IssueReferences? References = null, DateOnly? IssuedOn = null);

/// <summary>
/// Issues a certificate: validity from the scheme, a gap-free number per scheme and year allocated in the same
/// transaction. The workflow calls this once a positive decision exists; for a re-certification it names the
/// replaced certificate, which becomes superseded.
/// </summary>
public sealed class IssueCertificate(PcfCertDbContext db, ICertificateRulesSource schemes, TimeProvider time, IStringLocalizer<SharedResource> l,
    Notifications.PublishCertificateNotice notify)
{
    public async Task<Outcome<Certificate>> Handle(IssueCertificateCommand command, CancellationToken ct)
    {
        var rules = schemes.Find(command.SchemeId ?? string.Empty);
        var errors = new Dictionary<string, string[]>();
        if (rules is null)
        {
            errors[nameof(command.SchemeId)] = [l["Certificate.UnknownScheme"]];
        }
        foreach (var (field, reason) in command.Particulars?.Problems() ?? [("Particulars", "Required")])
        {
            errors["Particulars." + field] = [l["Certificate.Problem." + reason, l["Certificate.Field." + field.Replace(".", string.Empty)]]];
        }
        var today = CertificateDates.Today(time);
        var issuedOn = command.IssuedOn ?? today;
        if (issuedOn > today)
        {
            errors[nameof(command.IssuedOn)] = [l["Certificate.IssuedInFuture"]];
        }
        var references = command.References ?? new IssueReferences();
        if (references.HolderOrganisationId is { } holder && !await db.Organisations.AnyAsync(o => o.Id == holder, ct))
        {
            errors["References.HolderOrganisationId"] = [l["Certificate.UnknownHolder"]];
        }
        Certificate? replaced = null;
        if (references.ReplacesNumber is { } old)
        {
            replaced = await db.Certificates.SingleOrDefaultAsync(c => c.Number == old, ct);
            if (replaced is null || !CertificateTransitions.Allows(replaced.Status, CertificateTrigger.ReplaceByRecertification))
            {
                errors["References.ReplacesNumber"] = [l["Certificate.CannotReplace"]];
            }
        }
        if (errors.Count > 0)
        {
            return Outcome<Certificate>.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var number = await CertificateNumberAllocator.NextAsync(db, rules!, issuedOn.Year, ct);
        var at = time.GetUtcNow();
        var certificate = Certificate.Issue(Guid.NewGuid(), number, rules!, command.Particulars!, issuedOn, at, references);
        db.Certificates.Add(certificate);
        replaced?.ReplaceByRecertification(certificate.Number, issuedOn, at);
        await notify.Handle(certificate, Notifications.PublishCertificateNotice.Issued, "issued", ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome<Certificate>.Ok(certificate);
    }
}
