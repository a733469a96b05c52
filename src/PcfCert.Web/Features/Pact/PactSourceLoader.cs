using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Pact;

/// <summary>
/// Finds the verified result behind a certificate: the application whose number the certificate carries as its project
/// reference, the model version the verifier recorded, and its stored result document. A certificate without one
/// (issued by hand, not from an application) is not published to PACT.
/// </summary>
public static class PactSourceLoader
{
    public static async Task<PactSource?> LoadAsync(PcfCertDbContext db, SchemeCatalog schemes, Certificate certificate, CancellationToken ct)
    {
        if (certificate.ProjectReference is not { Length: > 0 } reference)
        {
            return null;
        }
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Number == reference, ct);
        if (application?.VerifiedValue is not { } verified)
        {
            return null;
        }
        var model = await db.FootprintModels.AsNoTracking()
            .SingleOrDefaultAsync(m => m.ApplicationId == application.Id && m.Version == verified.ModelVersion, ct);
        if (model is null || string.IsNullOrEmpty(model.ResultJson))
        {
            return null;
        }
        var credit = certificate.HolderOrganisationId is { } holder
            ? await db.Organisations.AsNoTracking().Where(o => o.Id == holder).Select(o => o.CreditCode).SingleOrDefaultAsync(ct)
            : null;
        return new PactSource(certificate, schemes.Get(certificate.SchemeId), model.ResultJson, model.ModelJson, credit?.ToString(),
            application.Units.FirstOrDefault()?.ProductKey);
    }
}
