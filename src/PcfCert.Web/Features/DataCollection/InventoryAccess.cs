using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Applications;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>
/// Who sees and who edits a unit's inventory: the applicant's own users edit; certification-body staff with a need to
/// know read (<see cref="ApplicationAccess.NeedsToKnow"/>: managers, reviewers, decision makers and the team). Another organisation's inventory, or a unit the application does not have, is not found.
/// </summary>
public sealed class InventoryAccess(PcfCertDbContext db, CurrentUser me)
{
    public sealed record Target(CertificationApplication Application, int UnitIndex, CertificationUnit Unit, bool CanEdit);

    public async Task<Target?> FindAsync(Guid applicationId, int unitIndex, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is null || !ApplicationAccess.NeedsToKnow(me, application) || unitIndex < 0 || unitIndex >= application.Units.Count)
        {
            return null;
        }
        var canEdit = me.IsApplicant && me.OrganisationId == application.OrganisationId;
        return new Target(application, unitIndex, application.Units[unitIndex], canEdit);
    }

    public Task<InventoryRecord?> RecordAsync(Target target, CancellationToken ct) =>
        db.Inventories.SingleOrDefaultAsync(i => i.ApplicationId == target.Application.Id && i.UnitIndex == target.UnitIndex, ct);
}
