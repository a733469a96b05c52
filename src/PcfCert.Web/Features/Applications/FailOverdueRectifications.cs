using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Applications;

/// <summary>
/// Scheduled duty (CEC 5.6, PCEC 7.4.2 "未能按期完成整改的…按现场检查不通过处理"): every inspection with an open
/// nonconformity past its deadline fails, raising the failure notice. Run by <c>RunCertificateDuties</c>; each
/// application is saved on its own with its concurrency stamp, so a second app instance doing the same is dropped.
/// </summary>
public sealed class FailOverdueRectifications(PcfCertDbContext db, SchemeCatalog schemes, ILogger<FailOverdueRectifications> log)
{
    /// <summary>Who the transition history names for the scheduled duty.</summary>
    public static readonly Actor Schedule = new("system:duties", "PcfCert");

    /// <returns>How many inspections failed; how many were already failed by another instance.</returns>
    public async Task<(int Applied, int Skipped)> Handle(DateTimeOffset at, CancellationToken ct)
    {
        var ids = await db.Applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.Inspecting).Select(a => a.Id).ToListAsync(ct);
        var applied = 0;
        var skipped = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, ct);
            if (application is null || !application.ExpireOverdueRectifications(schemes.Get(application.SchemeId), Schedule, at))
            {
                continue;
            }
            try
            {
                await db.SaveChangesAsync(ct);
                applied++;
            }
            catch (DbUpdateConcurrencyException)
            {
                skipped++;
                log.LogInformation("Overdue rectification of {Application} already handled elsewhere", application.Number);
            }
        }
        db.ChangeTracker.Clear();
        return (applied, skipped);
    }
}
