using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Surveillance;

/// <summary>
/// The body verifies a surveillance nonconformity's rectification (manager, CEC 6.3 "CEC 采取适当方式对整改结果进行验证"):
/// accepted closes it; returned reopens it, or, after the last submission the scheme allows, fails it ("整改不通过的…
/// 暂停认证证书") and suspends a valid certificate with its notice.
/// </summary>
public sealed class JudgeSurveillanceRectification(PcfCertDbContext db, ICertificateRulesSource schemes, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed record Input(bool Accepted, string? Comment);

    public async Task<Outcome<Certification.Certificates.Surveillance>> Handle(Guid surveillanceId, Guid nonconformityId, Input input, CancellationToken ct)
    {
        var surveillance = await db.Surveillances.SingleOrDefaultAsync(s => s.Id == surveillanceId, ct);
        var nonconformity = surveillance?.Nonconformities.SingleOrDefault(n => n.Id == nonconformityId);
        var certificate = surveillance is null ? null : await db.FindAsync(surveillance.CertificateId, ct);
        if (nonconformity is null || certificate is null)
        {
            return Outcome<Certification.Certificates.Surveillance>.NotFound();
        }
        if (!input.Accepted && string.IsNullOrWhiteSpace(input.Comment))
        {
            return CertificateOutcome.Required<Certification.Certificates.Surveillance>(l, nameof(Input.Comment), "Surveillance.ReturnComment");
        }
        var rules = schemes.Find(certificate.SchemeId)!;
        var today = CertificateDates.Today(time);
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            var status = surveillance!.JudgeRectification(nonconformityId, input.Accepted, input.Comment, today, rules);
            if (status == NonconformityStatus.Failed && certificate.Status == CertificateStatus.Valid)
            {
                certificate.Suspend($"rectification of surveillance nonconformity not accepted: {nonconformity.Description}", today, today, time.GetUtcNow(), rules);
                db.CertificateNotices.Add(CertificateNotice.OfStatusChange(certificate.Id, CertificateNoticeKind.Suspended, today, time.GetUtcNow()));
            }
            return surveillance;
        }, ct);
    }
}
