using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>
/// Restores a suspended certificate (manager) by accepting the holder's restoration request filed within the suspension
/// period (CEC 7.4, PCEC 9.4). Where the scheme requires a re-inspection (PCEC 9.4) it is a surveillance of the
/// certificate recorded with its verdict: the one named, or else the latest completed after the request.
/// </summary>
public sealed class RestoreCertificate(PcfCertDbContext db, ICertificateRulesSource schemes, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed record Input(Guid? ReinspectionId = null);

    public async Task<Outcome<Certificate>> Handle(Guid id, Input input, CancellationToken ct)
    {
        var certificate = await db.FindAsync(id, ct);
        if (certificate is null)
        {
            return Outcome<Certificate>.NotFound();
        }
        var request = (await db.CertificateHolderRequests
                .Where(r => r.CertificateId == id && r.Kind == HolderRequestKind.Restoration && r.Status == HolderRequestStatus.Pending).ToListAsync(ct))
            .OrderByDescending(r => r.FiledOn).FirstOrDefault();
        if (request is null)
        {
            return Outcome<Certificate>.Invalid(new Dictionary<string, string[]> { [string.Empty] = [l["CertificateError.RestorationApplicationRequired"]] });
        }
        var reinspection = await FindReinspectionAsync(db, certificate, request.FiledOn, input.ReinspectionId, ct);
        if (input.ReinspectionId is not null && reinspection is null)
        {
            return Outcome<Certificate>.Invalid(new Dictionary<string, string[]> { [nameof(Input.ReinspectionId)] = [l["CertificateError.ReinspectionRequired"]] });
        }
        var today = CertificateDates.Today(time);
        return await CertificateOutcome.SaveAsync(db, l, () =>
        {
            request.Accept(certificate, today, time.GetUtcNow(), schemes.Find(certificate.SchemeId)!, reinspection);
            db.CertificateNotices.Add(CertificateNotice.OfStatusChange(certificate.Id, CertificateNoticeKind.Restored, today, time.GetUtcNow()));
            return certificate;
        }, ct);
    }

    /// <summary>
    /// The re-inspection for a restoration: a completed surveillance of the certificate — the one named, or else the
    /// latest carried out on or after the request. Null when there is none (the domain decides whether one is needed).
    /// </summary>
    public static async Task<Reinspection?> FindReinspectionAsync(PcfCertDbContext db, Certificate certificate, DateOnly requestedOn, Guid? named, CancellationToken ct)
    {
        var done = await db.Surveillances.AsNoTracking()
            .Where(s => s.CertificateId == certificate.Id && s.Status == SurveillanceStatus.Completed && s.CarriedOutOn != null && s.Passed != null)
            .ToListAsync(ct);
        var chosen = named is { } id
            ? done.SingleOrDefault(s => s.Id == id)
            : done.Where(s => s.CarriedOutOn >= requestedOn).OrderByDescending(s => s.CarriedOutOn).FirstOrDefault();
        return chosen is null ? null : new Reinspection(chosen.Id, chosen.CarriedOutOn!.Value, chosen.Passed!.Value);
    }
}
