using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Factors;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Factors;

/// <summary>Current versions whose Chinese or English name, code or source contains the query (case-insensitive), by category,
/// a page of <see cref="PageSize"/> at a time with the number of matches, so the whole library can be browsed.</summary>
public sealed class SearchFactors(PcfCertDbContext db)
{
    public const int PageSize = 50;

    /// <summary>One page of matches: <paramref name="Page"/> counts from 1; <paramref name="Total"/> is every match.</summary>
    public sealed record Result(IReadOnlyList<EmissionFactorVersion> Items, int Page, int Total)
    {
        public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    /// <summary>The current version of every factor.</summary>
    public static IQueryable<EmissionFactorVersion> Current(PcfCertDbContext db) =>
        from e in db.EmissionFactors
        join v in db.EmissionFactorVersions on new { e.Id, V = e.CurrentVersion } equals new { Id = v.FactorId, V = v.Version }
        select v;

    /// <summary>
    /// The current versions an organisation's applications may use: the body's library and the organisation's own supplier
    /// factors, never another organisation's.
    /// </summary>
    public static IQueryable<EmissionFactorVersion> CurrentFor(PcfCertDbContext db, Guid organisationId) =>
        from e in db.EmissionFactors
        where e.OwnerOrganisationId == null || e.OwnerOrganisationId == organisationId
        join v in db.EmissionFactorVersions on new { e.Id, V = e.CurrentVersion } equals new { Id = v.FactorId, V = v.Version }
        select v;

    /// <summary>What the signed-in person may read: staff the whole library, an applicant the library and its own supplier factors.</summary>
    public static IQueryable<EmissionFactorVersion> CurrentFor(PcfCertDbContext db, Hosting.CurrentUser me) =>
        me.IsApplicant ? CurrentFor(db, me.OrganisationId ?? Guid.Empty) : Current(db);

    /// <summary>Whether the signed-in person may read a factor entry (an applicant: not another organisation's supplier factor).</summary>
    public static bool MayRead(EmissionFactorEntry entry, Hosting.CurrentUser me) =>
        entry.OwnerOrganisationId is not { } owner || !me.IsApplicant || me.OrganisationId == owner;

    public async Task<Result> Handle(string? query, string? category, CancellationToken ct, Hosting.CurrentUser? me = null, int page = 1)
    {
        var current = me is null ? Current(db) : CurrentFor(db, me);
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
        var total = await current.CountAsync(ct);
        // A page past the end shows the last one, a page below 1 the first: a stale link still shows factors.
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var shown = Math.Clamp(page, 1, pages);
        var items = await current.AsNoTracking().OrderBy(v => v.Category).ThenBy(v => v.Code)
            .Skip((shown - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new Result(items, shown, total);
    }
}
