using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>
/// What the manager asks for: the certificate of one unit of an approved application. Everything printed comes
/// from the application, its verified value and (for the time boundary) the unit's inventory; the manager gives the
/// time boundary only when no inventory holds it.
/// </summary>
/// <param name="ApplicationId">The approved application.</param>
/// <param name="UnitIndex">Its certification unit (0-based).</param>
/// <param name="IssuedOn">Issue date; today (China time) when null. Not before the decision, never in the future.</param>
/// <param name="TimeBoundaryFrom">时间边界 first day, when the unit has no inventory.</param>
/// <param name="TimeBoundaryTo">时间边界 last day, when the unit has no inventory.</param>
/// <param name="Remarks">其他需要说明的内容.</param>
/// <param name="ReplacesNumber">For a re-certification: the certificate it replaces.</param>
public sealed record IssueCertificateCommand(
    Guid ApplicationId, int UnitIndex = 0, DateOnly? IssuedOn = null, DateOnly? TimeBoundaryFrom = null, DateOnly? TimeBoundaryTo = null,
    string? Remarks = null, string? ReplacesNumber = null);

/// <summary>The issued certificate; <paramref name="Replayed"/> when a retry returned the one issued first.</summary>
public sealed record IssuedCertificate(Certificate Certificate, bool Replayed);

/// <summary>
/// Issues the certificate of one unit of an approved application (CEC 5.7, PCEC 7.6): validity from the scheme, a
/// gap-free number per scheme and year allocated in the same transaction. One certificate per unit and decision:
/// a retry with the same idempotency key, or without a key the same request again (same unit, decision, issue date
/// and remarks), returns the first one; any other second request is refused. For a
/// re-certification the replaced certificate becomes superseded.
/// </summary>
public sealed class IssueCertificate(
    PcfCertDbContext db, SchemeCatalog schemes, ICertificateRulesSource rules, TimeProvider time, IStringLocalizer<SharedResource> l,
    Notifications.PublishCertificateNotice notify)
{
    public async Task<Outcome<IssuedCertificate>> Handle(IssueCertificateCommand command, string? idempotencyKey, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == command.ApplicationId, ct);
        if (application is null)
        {
            return Outcome<IssuedCertificate>.Invalid(new Dictionary<string, string[]> { ["applicationId"] = [l["CertificateError.DecisionRequired"]] });
        }
        if (await ExistingAsync(command, idempotencyKey, ct) is { } existing)
        {
            return existing;
        }
        var scheme = schemes.Get(application.SchemeId);
        var certificateRules = rules.Find(application.SchemeId) ?? throw new InvalidOperationException($"No certificate rules for {application.SchemeId}.");
        var today = CertificateDates.Today(time);
        var request = await RequestAsync(application, command, idempotencyKey, today, ct);
        CertificateParticulars particulars;
        IssueReferences references;
        try
        {
            (particulars, references) = application.CertificateFor(scheme, request, today);
        }
        catch (CertificateDomainException e)
        {
            return Outcome<IssuedCertificate>.Invalid(CertificateProblems.Describe(e, l));
        }
        Certificate? replaced = null;
        if (references.ReplacesNumber is { } old)
        {
            replaced = await db.Certificates.SingleOrDefaultAsync(c => c.Number == old, ct);
            if (replaced is null || !CertificateTransitions.Allows(replaced.Status, CertificateTrigger.ReplaceByRecertification))
            {
                return Outcome<IssuedCertificate>.Invalid(new Dictionary<string, string[]> { ["replacesNumber"] = [l["Certificate.CannotReplace"]] });
            }
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var number = await CertificateNumberAllocator.NextAsync(db, certificateRules, request.IssuedOn.Year, ct);
            var at = time.GetUtcNow();
            var certificate = Certificate.Issue(Guid.NewGuid(), number, certificateRules, particulars, request.IssuedOn, at, references);
            db.Certificates.Add(certificate);
            replaced?.ReplaceByRecertification(certificate.Number, request.IssuedOn, at);
            await notify.Handle(certificate, Notifications.PublishCertificateNotice.Issued, "issued", ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Outcome<IssuedCertificate>.Ok(new IssuedCertificate(certificate, false));
        }
        catch (DbUpdateException)
        {
            // A concurrent request issued this unit's certificate first: the unique (application, unit) index refused ours.
            db.ChangeTracker.Clear();
            return await ExistingAsync(command, idempotencyKey, ct) ?? throw new InvalidOperationException("Issuance failed without a competing certificate.");
        }
    }

    /// <summary>The request as the domain sees it: the time boundary from the unit's inventory, the system boundary from the verified model.</summary>
    public async Task<CertificateRequest> RequestAsync(
        CertificationApplication application, IssueCertificateCommand command, string? idempotencyKey, DateOnly today, CancellationToken ct)
    {
        var inventory = await db.Inventories.AsNoTracking()
            .SingleOrDefaultAsync(i => i.ApplicationId == application.Id && i.UnitIndex == command.UnitIndex, ct);
        var model = application.VerifiedValue is { } v
            ? await db.FootprintModels.AsNoTracking().SingleOrDefaultAsync(m => m.ApplicationId == application.Id && m.Version == v.ModelVersion, ct)
            : null;
        return new CertificateRequest(command.UnitIndex, command.IssuedOn ?? today,
            inventory?.Product?.PeriodStart ?? command.TimeBoundaryFrom, inventory?.Product?.PeriodEnd ?? command.TimeBoundaryTo,
            VerifiedBoundary.Of(model?.ModelJson), command.Remarks, command.ReplacesNumber, idempotencyKey);
    }

    private async Task<Outcome<IssuedCertificate>?> ExistingAsync(IssueCertificateCommand command, string? idempotencyKey, CancellationToken ct)
    {
        var existing = await db.Certificates.AsNoTracking()
            .SingleOrDefaultAsync(c => c.ApplicationId == command.ApplicationId && c.UnitIndex == command.UnitIndex, ct);
        if (existing is null)
        {
            return null;
        }
        // A retry after a lost reply: the same idempotency key, or, without a key, the same request for the same unit
        // and decision (same issue date and remarks). Anything else is a second certificate and is refused.
        var retried = string.IsNullOrWhiteSpace(idempotencyKey)
            ? (command.IssuedOn ?? CertificateDates.Today(time)) == existing.IssuedOn
                && (command.Remarks ?? "").Trim() == (existing.Contents.Particulars.Remarks ?? "").Trim()
                && string.IsNullOrWhiteSpace(command.ReplacesNumber) == string.IsNullOrWhiteSpace(existing.ReplacesNumber)
            : existing.IdempotencyKey == idempotencyKey.Trim();
        return retried
            ? Outcome<IssuedCertificate>.Ok(new IssuedCertificate(existing, true))
            : Outcome<IssuedCertificate>.Conflict(l["CertificateError.AlreadyIssued", existing.Number]);
    }
}
