using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>
/// The body reviews a change: requires an inspection, records it with its verdict (passed; nonconformities to rectify,
/// the request staying open; failed, the change refused: CEC 7.3, PCEC 9.3), approves (new version) or rejects (manager).
/// An approval under a scheme that does not keep the number (PCEC 9.3) takes the next gap-free number in the same
/// transaction, so a refused or concurrent approval leaves no gap.
/// </summary>
public sealed class ReviewChangeRequest(PcfCertDbContext db, ICertificateRulesSource rules, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public enum Action
    {
        RequireInspection,
        RecordInspection,
        Approve,
        Reject,
    }

    /// <param name="Action">What the body does.</param>
    /// <param name="Note">Review note; the reason for a rejection or a failed inspection.</param>
    /// <param name="InspectionReference">The inspection report (RecordInspection).</param>
    /// <param name="Verdict">The inspection's verdict (RecordInspection).</param>
    /// <param name="Nonconformities">The nonconformities found, one per item (verdict Nonconformities).</param>
    public sealed record Input(Action Action, string? Note, string? InspectionReference = null, ChangeInspectionVerdict? Verdict = null,
        IReadOnlyList<string>? Nonconformities = null);

    public async Task<Outcome<ChangeRequest>> Handle(Guid changeId, Input input, CancellationToken ct)
    {
        var request = await db.CertificateChangeRequests.SingleOrDefaultAsync(r => r.Id == changeId, ct);
        var certificate = request is null ? null : await db.FindAsync(request.CertificateId, ct);
        if (request is null || certificate is null)
        {
            return Outcome<ChangeRequest>.NotFound();
        }
        if (input.Action == Action.Reject && string.IsNullOrWhiteSpace(input.Note))
        {
            return CertificateOutcome.Required<ChangeRequest>(l, nameof(Input.Note), "Change.Note");
        }
        if (input.Action == Action.RecordInspection && input.Verdict is null)
        {
            return CertificateOutcome.Required<ChangeRequest>(l, "verdict", "Change.InspectionVerdict");
        }
        var today = CertificateDates.Today(time);
        if (input.Action == Action.Approve)
        {
            return await ApproveAsync(request, certificate, input.Note, today, ct);
        }
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            switch (input.Action)
            {
                case Action.RequireInspection:
                    request.RequireInspection(input.Note);
                    break;
                case Action.RecordInspection:
                    request.RecordInspection(input.InspectionReference, input.Verdict!.Value, input.Nonconformities, input.Note, today);
                    break;
                default:
                    request.Reject(input.Note!, today);
                    break;
            }
            return request;
        }, ct);
    }

    private async Task<Outcome<ChangeRequest>> ApproveAsync(ChangeRequest request, Certificate certificate, string? note, DateOnly today, CancellationToken ct)
    {
        var schemeRules = rules.Find(certificate.SchemeId) ?? throw new InvalidOperationException($"No certificate rules for {certificate.SchemeId}.");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // A number is taken only for an approval the tables allow; otherwise the domain refuses without one. The
        // transaction holds the counter until the save: a refused or conflicting approval rolls its number back.
        var allowed = request.Allowed().Contains(ChangeRequestTrigger.Approve)
            && CertificateTransitions.Allows(certificate.Status, CertificateTrigger.IssueChangedVersion);
        var number = allowed && !schemeRules.ChangeKeepsNumber ? await CertificateNumberAllocator.NextAsync(db, schemeRules, today.Year, ct) : null;
        var outcome = await CertificateOutcome.SaveAsync(db, l, () =>
        {
            request.Approve(certificate, schemeRules, number, note, today, time.GetUtcNow());
            return request;
        }, ct);
        if (outcome.IsOk)
        {
            await transaction.CommitAsync(ct);
        }
        return outcome;
    }
}
