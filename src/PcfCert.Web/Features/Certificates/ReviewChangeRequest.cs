using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>The body reviews a change: requires an inspection, records it, approves (new version) or rejects (manager).</summary>
public sealed class ReviewChangeRequest(PcfCertDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public enum Action
    {
        RequireInspection,
        RecordInspection,
        Approve,
        Reject,
    }

    public sealed record Input(Action Action, string? Note, string? InspectionReference, bool InspectionPassed);

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
        if (input.Action == Action.RecordInspection && string.IsNullOrWhiteSpace(input.InspectionReference))
        {
            return CertificateOutcome.Required<ChangeRequest>(l, nameof(Input.InspectionReference), "Change.InspectionReference");
        }
        var today = CertificateDates.Today(time);
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            switch (input.Action)
            {
                case Action.RequireInspection:
                    request.RequireInspection(input.Note);
                    break;
                case Action.RecordInspection:
                    request.RecordInspection(input.InspectionReference!, input.InspectionPassed);
                    break;
                case Action.Approve:
                    request.Approve(certificate, input.Note, today, time.GetUtcNow());
                    break;
                default:
                    request.Reject(input.Note!, today);
                    break;
            }
            return request;
        }, ct);
    }
}
