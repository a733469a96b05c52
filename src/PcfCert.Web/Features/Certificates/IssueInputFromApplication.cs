using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Certificates;

/// <summary>Prefills the certificate form from an approved application: parties, basis, mode, unit, boundary and verified value.</summary>
public static class IssueInputFromApplication
{
    public static async Task<IssueInput?> BuildAsync(Guid applicationId, PcfCertDbContext db, SchemeCatalog schemes, CancellationToken ct)
    {
        var a = await db.Applications.AsNoTracking().SingleOrDefaultAsync(x => x.Id == applicationId, ct);
        if (a is null || a.Status != ApplicationStatus.Approved || a.VerifiedValue is not { } verified || a.Units.Count == 0)
        {
            return null;
        }
        var scheme = schemes.Get(a.SchemeId);
        var model = await db.FootprintModels.AsNoTracking().SingleOrDefaultAsync(m => m.ApplicationId == a.Id && m.Version == verified.ModelVersion, ct);
        var unit = a.Units[0];
        return new IssueInput
        {
            SchemeId = a.SchemeId,
            HolderOrganisationId = a.OrganisationId,
            ApplicantName = a.Applicant.Name,
            ApplicantAddress = a.Applicant.Address,
            ManufacturerName = a.Manufacturer.Name,
            ManufacturerAddress = a.Manufacturer.Address,
            FactoryName = a.Factory.Name,
            FactoryAddress = unit.ProductionSite,
            Basis = string.Join("；", scheme.BasisStandards.Select(b => b.Code)),
            Mode = scheme.CertificationMode.Name.Zh,
            CertificationUnit = $"{unit.ProductName} {unit.Model}",
            ProductName = unit.ProductName,
            Model = unit.Model,
            FunctionalUnit = unit.FunctionalUnit ?? verified.DeclaredUnit,
            SystemBoundary = Boundary(model?.ModelJson),
            // The certificate states the verified value to four decimals; the full value stays with the verification.
            FootprintValue = Math.Round((decimal)verified.KgCO2e, 4),
            FootprintUnit = $"kg CO2e/{verified.DeclaredUnit}",
            Issuer = scheme.Issuer.Name.Zh,
            ProjectReference = a.Number,
            DecisionReference = $"{a.Number} {a.Decision?.On:yyyy-MM-dd}",
            InitialInspectionEndedOn = a.Plan?.To,
        };
    }

    private static SystemBoundary Boundary(string? modelJson)
    {
        if (modelJson is null)
        {
            return SystemBoundary.CradleToGate;
        }
        using var doc = JsonDocument.Parse(modelJson);
        return doc.RootElement.TryGetProperty("boundary", out var b) ? b.GetString() switch
        {
            "cradle-to-grave" => SystemBoundary.CradleToGrave,
            "gate-to-gate" => SystemBoundary.GateToGate,
            _ => SystemBoundary.CradleToGate,
        } : SystemBoundary.CradleToGate;
    }
}
