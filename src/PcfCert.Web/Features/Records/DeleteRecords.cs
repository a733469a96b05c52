using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Calendar;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Audit;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Infrastructure.Records;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Records;

/// <summary>
/// Deletes a certification file's records — the generated and edited documents and every uploaded file — once the
/// scheme's retention period after the end of its certificate has passed; before that it refuses and changes nothing.
/// The application's own data and the append-only audit trail stay.
/// </summary>
public sealed class DeleteRecords(PcfCertDbContext db, SchemeCatalog schemes, StringCatalog catalog, IAuditUser auditUser, TimeProvider time)
{
    public sealed record Deleted(int Documents, int Files);

    public async Task<Outcome<Deleted>> Handle(Guid applicationId, CancellationToken ct)
    {
        if (await CertificationFile.LoadAsync(db, schemes, applicationId, ct) is not { } file)
        {
            return Outcome<Deleted>.NotFound();
        }
        var today = ChinaToday.From(time);
        var t = new RecordText(catalog, RecordText.LanguageOf(System.Globalization.CultureInfo.CurrentUICulture));
        var from = RetentionPolicy.DeletableFrom(file.Scheme, RecordRetention.EndOf(file, today));
        if (from is null || today < from)
        {
            var months = file.Scheme.Parameters.RecordRetentionMonths;
            return Outcome<Deleted>.Conflict(from is null
                ? t["Records.Error.FileOpen", months.Value ?? 0, months.Clause]
                : t["Records.Error.Retained", RecordText.Day(from.Value), months.Value ?? 0, months.Clause]);
        }
        var records = await db.Set<GeneratedRecord>().Where(r => r.ApplicationId == applicationId).ToListAsync(ct);
        var a = file.Application;
        var uploads = a.Documents.Select(d => d.FileId).Concat(a.Checklist.SelectMany(r => r.Attachments))
            .Concat(a.Nonconformities.SelectMany(n => n.Submissions.SelectMany(s => s.FileIds))).ToList();
        var ids = records.Select(r => r.FileId).Concat(uploads).Distinct().ToList();
        db.RemoveRange(records);
        await db.SaveChangesAsync(ct);
        var files = await BulkAudit.ChangeAsync(db, auditUser, time, () => db.Files.Where(f => ids.Contains(f.Id)).ExecuteDeleteAsync(ct),
            nameof(Infrastructure.Files.StoredFile), applicationId.ToString(), "DeletedInBulk", count => new { count, applicationId, fileIds = ids }, _ => null, ct);
        return Outcome<Deleted>.Ok(new Deleted(records.Count, files));
    }
}

/// <summary>The certification files whose retention period has passed on a day: what an operator may delete.</summary>
public sealed class ListDeletableRecords(PcfCertDbContext db, SchemeCatalog schemes)
{
    public sealed record Entry(Guid ApplicationId, string Number, string SchemeId, DateOnly EndedOn, DateOnly DeletableFrom, int Documents, int Files);

    public async Task<IReadOnlyList<Entry>> Handle(DateOnly on, CancellationToken ct)
    {
        var ids = await db.Applications.AsNoTracking().Select(a => a.Id).ToListAsync(ct);
        var list = new List<Entry>();
        foreach (var id in ids)
        {
            var file = (await CertificationFile.LoadAsync(db, schemes, id, ct))!;
            if (RecordRetention.EndOf(file, on) is { } ended && RetentionPolicy.DeletableFrom(file.Scheme, ended) is { } from && from <= on)
            {
                var documents = await db.Set<GeneratedRecord>().CountAsync(r => r.ApplicationId == id, ct);
                list.Add(new Entry(id, file.Application.Number, file.Scheme.Id, ended, from, documents, file.Application.Documents.Count));
            }
        }
        return list.OrderBy(e => e.DeletableFrom).ThenBy(e => e.Number, StringComparer.Ordinal).ToList();
    }
}
