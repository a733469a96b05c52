using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>
/// The holder reports a month's footprint; the footprint-increase rule (CEC annex 3 cl. 10.1, PCEC annex 1 cl. 11.1)
/// runs at once and, when the increase has lasted more than three months, the certification result is invalid
/// ("认证结果即时失效"): the certificate is suspended, marked for re-certification, and the holder and the body are
/// notified (the notice is mailed to the holder's users and the certification managers).
/// </summary>
public sealed class ReportFootprint(PcfCertDbContext db, ICertificateRulesSource schemes, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed record Input(DateOnly? Month, decimal? Value, FootprintChange Change);

    public async Task<Outcome<FootprintIncreaseVerdict>> Handle(Certificate certificate, Input input, CancellationToken ct)
    {
        if (input.Month is null)
        {
            return CertificateOutcome.Required<FootprintIncreaseVerdict>(l, nameof(Input.Month), "Footprint.Month");
        }
        if (input.Value is not > 0)
        {
            return CertificateOutcome.Required<FootprintIncreaseVerdict>(l, nameof(Input.Value), "Footprint.Value");
        }
        var rules = schemes.Find(certificate.SchemeId)!;
        var today = CertificateDates.Today(time);
        var at = time.GetUtcNow();
        var reports = await db.FootprintReports.Where(r => r.CertificateId == certificate.Id).ToListAsync(ct);
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            var report = FootprintReport.File(Guid.NewGuid(), certificate.Id, input.Month.Value, input.Value.Value, input.Change, today, at);
            // One report per month: a later report of the same month replaces the earlier one.
            db.FootprintReports.RemoveRange(reports.Where(r => r.Month == report.Month));
            db.FootprintReports.Add(report);
            var months = reports.Where(r => r.Month != report.Month).Select(r => r.ToMonth()).Append(report.ToMonth());
            var verdict = FootprintIncreaseRule.Evaluate(certificate.Contents.Particulars.FootprintValue, months, rules);
            if (verdict.RecertificationRequired && !certificate.RecertificationRequired)
            {
                certificate.FlagForRecertification(
                    $"+{verdict.LargestIncrease:P1} / {verdict.ExceedingMonths} months from {verdict.RunStartedOn:yyyy-MM}", today, at);
                db.CertificateNotices.Add(CertificateNotice.Raise($"recertification:{certificate.Id}", certificate.Id,
                    CertificateNoticeKind.RecertificationRequired, today, at));
            }
            return verdict;
        }, ct);
    }
}
