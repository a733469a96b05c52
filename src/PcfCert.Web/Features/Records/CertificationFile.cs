using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Files;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Records;

/// <summary>
/// Everything stored about one certification (认证档案): the application and project, its model versions, and the
/// certificates issued from it with their surveillance and changes. Records are generated from this and nothing else.
/// </summary>
public sealed record CertificationFile(
    CertificationApplication Application,
    SchemeDefinition Scheme,
    IReadOnlyList<FootprintModelRecord> Models,
    IReadOnlyList<Certificate> Certificates,
    IReadOnlyList<Certification.Certificates.Surveillance> Surveillances,
    IReadOnlyList<ChangeRequest> Changes,
    IReadOnlyList<SchemeItem> ReportFields,
    IReadOnlyList<SchemeItem> ReportSections)
{
    /// <summary>The model version the verification ended on (the verified one, else the latest).</summary>
    public FootprintModelRecord? VerifiedModel =>
        Models.FirstOrDefault(m => m.Version == Application.VerifiedValue?.ModelVersion) ?? Models.MaxBy(m => m.Version);

    /// <summary>The day the inspection ended (passed or failed), from the transitions.</summary>
    public DateOnly? InspectionEndedOn => Application.Transitions
        .LastOrDefault(t => t.Trigger is WorkflowTrigger.PassInspection or WorkflowTrigger.FailInspection) is { } t ? DateOnly.FromDateTime(t.At.ToOffset(Certification.Calendar.ChinaToday.Offset).DateTime) : null;

    public static async Task<CertificationFile?> LoadAsync(PcfCertDbContext db, SchemeCatalog schemes, Guid applicationId, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null)
        {
            return null;
        }
        var models = await db.FootprintModels.AsNoTracking().Where(m => m.ApplicationId == applicationId).OrderBy(m => m.Version).ToListAsync(ct);
        // The workflow links a certificate to its project by the application number (IssueInputFromApplication).
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.ProjectReference == application.Number).ToListAsync(ct);
        var ids = certificates.Select(c => c.Id).ToList();
        var surveillances = await db.Surveillances.AsNoTracking().Where(s => ids.Contains(s.CertificateId)).ToListAsync(ct);
        var changes = await db.CertificateChangeRequests.AsNoTracking().Where(c => ids.Contains(c.CertificateId)).ToListAsync(ct);
        var scheme = schemes.Get(application.SchemeId);
        // A scheme without its own verification-report template (CEC) uses PCEC annex 2's, the only one the seeds give.
        var template = scheme.VerificationReportSections.Count > 0 ? scheme : schemes.Schemes.FirstOrDefault(x => x.VerificationReportSections.Count > 0) ?? scheme;
        return new CertificationFile(application, scheme, models,
            certificates.OrderBy(c => c.IssuedOn).ToList(), surveillances.OrderBy(s => s.OpenedOn).ToList(), changes.OrderBy(c => c.FiledOn).ToList(),
            template.VerificationReportFields, template.VerificationReportSections);
    }
}
