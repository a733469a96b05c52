using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Lists;

/// <summary>
/// Filters of the certificate list: text (number, holder, the holder organisation's credit code, product, model),
/// scheme, status on today's date, issued between two dates. An applicant only sees its own organisation's certificates.
/// </summary>
public sealed class CertificateFilter
{
    public string? Q { get; set; }

    public string? Scheme { get; set; }

    public CertificateStatus? Status { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;
}

public sealed class CertificateSearch(PcfCertDbContext db, CurrentUser me, TimeProvider time)
{
    public const int PageSize = 50;

    public sealed record Row(Certificate Certificate, CertificateStatus StatusToday, string? CreditCode);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int Pages);

    public async Task<IReadOnlyList<Row>> All(CertificateFilter f, CancellationToken ct)
    {
        var today = CertificateDates.Today(time);
        var query = db.Certificates.AsNoTracking();
        if (me.IsApplicant)
        {
            query = query.Where(c => me.OrganisationId != null && c.HolderOrganisationId == me.OrganisationId);
        }
        if (!string.IsNullOrWhiteSpace(f.Scheme))
        {
            query = query.Where(c => c.SchemeId == f.Scheme);
        }
        if (f.From is { } from)
        {
            query = query.Where(c => c.IssuedOn >= from);
        }
        if (f.To is { } to)
        {
            query = query.Where(c => c.IssuedOn <= to);
        }
        var certificates = await query.OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Number).ToListAsync(ct);
        var holders = certificates.Where(c => c.HolderOrganisationId != null).Select(c => c.HolderOrganisationId!.Value).Distinct().ToList();
        var codes = (await db.Organisations.AsNoTracking().Where(o => holders.Contains(o.Id)).ToListAsync(ct))
            .ToDictionary(o => o.Id, o => o.CreditCode.ToString());
        return certificates
            .Select(c => new Row(c, c.StatusOn(today), c.HolderOrganisationId is { } h && codes.TryGetValue(h, out var code) ? code : null))
            .Where(r => f.Status is null || r.StatusToday == f.Status)
            .Where(r => Matches(r, f.Q))
            .ToList();
    }

    public async Task<Result> Handle(CertificateFilter f, CancellationToken ct)
    {
        var all = await All(f, ct);
        var pages = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(f.Page, 1, pages);
        return new Result(all.Skip((page - 1) * PageSize).Take(PageSize).ToList(), all.Count, page, pages);
    }

    private static bool Matches(Row r, string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return true;
        }
        var t = q.Trim();
        var p = r.Certificate.Contents.Particulars;
        // A former number (PCEC 9.3: a change issued the certificate under a new one) finds it too.
        return new[] { r.Certificate.Number, r.Certificate.HolderName, r.CreditCode, p.ProductName, p.Model, p.Manufacturer.Name, p.Factory.Name }
            .Concat(r.Certificate.Versions.Select(v => v.Number))
            .Any(s => s?.Contains(t, StringComparison.OrdinalIgnoreCase) == true);
    }
}
