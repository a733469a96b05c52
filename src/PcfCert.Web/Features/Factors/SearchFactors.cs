using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Factors;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Factors;

/// <summary>Current versions whose Chinese or English name, code or source contains the query (case-insensitive), by category.</summary>
public sealed class SearchFactors(PcfCertDbContext db)
{
    public const int MaxResults = 50;

    /// <summary>The current version of every factor.</summary>
    public static IQueryable<EmissionFactorVersion> Current(PcfCertDbContext db) =>
        from e in db.EmissionFactors
        join v in db.EmissionFactorVersions on new { e.Id, V = e.CurrentVersion } equals new { Id = v.FactorId, V = v.Version }
        select v;

    public async Task<IReadOnlyList<EmissionFactorVersion>> Handle(string? query, string? category, CancellationToken ct)
    {
        var current = Current(db);
        if (!string.IsNullOrWhiteSpace(category))
        {
            current = current.Where(v => v.Category == category);
        }
        if (!string.IsNullOrWhiteSpace(query))
        {
            // ToLower on both sides works the same on SQLite and PostgreSQL; Chinese has no case.
            var q = query.Trim().ToLower();
            current = current.Where(v => v.NameZh.ToLower().Contains(q) || v.NameEn.ToLower().Contains(q)
                || v.Code.ToLower().Contains(q) || v.Source.ToLower().Contains(q));
        }
        return await current.AsNoTracking().OrderBy(v => v.Category).ThenBy(v => v.Code).Take(MaxResults).ToListAsync(ct);
    }
}
