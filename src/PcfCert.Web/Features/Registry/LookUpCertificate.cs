using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Registry;

/// <summary>
/// Public look-ups: one certificate by its exact number, a holder-name search and the published list of suspended
/// and revoked certificates (PCEC 9.4). An unknown number is one indexed query that finds nothing — the answer does
/// not depend on whether a similar number exists. The notices announce every suspension, revocation and cancellation
/// (CEC 7.4 "暂停、撤消和注销的处理…进行公告", PCEC 9.4 "予以公布") with the recovery of revoked and cancelled ones.
/// </summary>
public sealed class LookUpCertificate(PcfCertDbContext db, TimeProvider time)
{
    public const int MaxResults = 50;

    public async Task<RegistryEntry?> Handle(string? number, CancellationToken ct)
    {
        var normalized = CertificateNumber.Normalize(number);
        if (normalized is null)
        {
            return null;
        }
        // A former number (PCEC 9.3: the changed certificate was issued under a new one) finds the certificate too; the
        // entry shows the current number and says the one looked up was replaced.
        var certificate = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Number == normalized, ct)
            ?? await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Versions.Any(v => v.Number == normalized), ct);
        return certificate is null ? null : RegistryEntry.From(certificate, CertificateDates.Today(time), normalized);
    }

    public async Task<IReadOnlyList<RegistryListItem>> Search(string? holder, CancellationToken ct)
    {
        var text = holder?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length < 2 || text.Length > 100)
        {
            return [];
        }
        // LIKE '%…%' (not strpos) so that PostgreSQL uses the pg_trgm index on holder names (migration RegistryChanges).
        var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var found = await db.Certificates.AsNoTracking()
            .Where(c => EF.Functions.Like(c.HolderName, pattern, "\\"))
            .OrderBy(c => c.HolderName).ThenBy(c => c.Number).Take(MaxResults).ToListAsync(ct);
        return found.Select(c => Item(c, CertificateDates.Today(time))).ToList();
    }

    public async Task<IReadOnlyList<RegistryListItem>> Notices(CancellationToken ct)
    {
        var found = await db.Certificates.AsNoTracking()
            .Where(c => c.Status == CertificateStatus.Suspended || c.Status == CertificateStatus.Revoked || c.Status == CertificateStatus.Cancelled)
            .ToListAsync(ct);
        return found.Select(c => Item(c, CertificateDates.Today(time))).OrderByDescending(i => i.Since).ThenBy(i => i.Number).ToList();
    }

    private static RegistryListItem Item(Certificate c, DateOnly today)
    {
        var p = c.Contents.Particulars;
        var status = c.StatusOn(today);
        var since = c.History.LastOrDefault(h => h.To == c.Status)?.On;
        return new RegistryListItem(c.Number, p.Applicant.Name, p.ProductName, p.Model, status, since,
            status is CertificateStatus.Revoked or CertificateStatus.Cancelled ? c.Recovery : null);
    }
}
