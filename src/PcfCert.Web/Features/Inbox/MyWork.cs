using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Access;
using PcfCert.Certification.Calendar;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Surveillance;

namespace PcfCert.Web.Features.Inbox;

/// <summary>The signed-in user's inbox: every item waiting for them, overdue first, then by deadline, with counts per kind.</summary>
public sealed class MyWork(PcfCertDbContext db, SchemeCatalog schemes, SurveillanceDueList surveillance, TimeProvider clock)
{
    public sealed record Result(IReadOnlyList<WorkItem> Items, IReadOnlyDictionary<WorkKind, int> Counts);

    private static readonly ApplicationStatus[] Closed =
        [ApplicationStatus.Rejected, ApplicationStatus.InspectionFailed, ApplicationStatus.Refused];

    public async Task<Result> Handle(Worker who, CancellationToken ct)
    {
        var today = ChinaToday.From(clock);
        var items = new List<WorkItem>();
        var query = db.Applications.AsNoTracking().Where(a => !Closed.Contains(a.Status));
        if (who.Is(Roles.Applicant))
        {
            query = query.Where(a => a.OrganisationId == who.OrganisationId);
        }
        var applications = await query.ToListAsync(ct);
        var approved = applications.Where(a => a.Status == ApplicationStatus.Approved).Select(a => a.Number).ToList();
        var issued = approved.Count == 0 ? [] : (await db.Certificates.AsNoTracking()
            .Where(c => c.ProjectReference != null && approved.Contains(c.ProjectReference)).Select(c => c.ProjectReference!).ToListAsync(ct)).ToHashSet();
        foreach (var a in applications)
        {
            items.AddRange(ApplicationWork.For(a, schemes.Get(a.SchemeId), who, today, issued.Contains(a.Number)));
        }
        if (who.Is(Roles.CertificationManager))
        {
            await AddCertificateWorkAsync(items, today, ct);
        }
        var ordered = items.OrderByDescending(i => i.Overdue).ThenBy(i => i.Due ?? DateOnly.MaxValue).ThenBy(i => i.Reference, StringComparer.Ordinal).ToList();
        var counts = ordered.GroupBy(i => i.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        return new Result(ordered, counts);
    }

    private async Task AddCertificateWorkAsync(List<WorkItem> items, DateOnly today, CancellationToken ct)
    {
        foreach (var due in await surveillance.Handle(ct))
        {
            items.Add(new WorkItem(WorkKind.Surveillance, "Inbox.Task.Surveillance", due.Number, due.HolderName,
                $"/Certificates/Details/{due.CertificateId}", due.DueBy, due.DueBy.DayNumber - today.DayNumber));
        }
        var changes = await db.CertificateChangeRequests.AsNoTracking()
            .Where(r => r.Status == ChangeRequestStatus.Filed || r.Status == ChangeRequestStatus.InspectionRequired)
            .Join(db.Certificates, r => r.CertificateId, c => c.Id, (r, c) => new { c.Id, c.Number, c.HolderName })
            .ToListAsync(ct);
        items.AddRange(changes.Select(c => new WorkItem(WorkKind.ChangeRequest, "Inbox.Task.ChangeRequest", c.Number, c.HolderName,
            $"/Certificates/Details/{c.Id}", null, null)));
        var holder = await db.CertificateHolderRequests.AsNoTracking()
            .Where(r => r.Status == HolderRequestStatus.Pending)
            .Join(db.Certificates, r => r.CertificateId, c => c.Id, (r, c) => new { c.Id, c.Number, c.HolderName })
            .ToListAsync(ct);
        items.AddRange(holder.Select(c => new WorkItem(WorkKind.HolderRequest, "Inbox.Task.HolderRequest", c.Number, c.HolderName,
            $"/Certificates/Details/{c.Id}", null, null)));
    }
}
