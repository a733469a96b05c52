using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Factors;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Factors;

/// <summary>
/// Looks factor keys up in the library: <c>code</c> means the current version, <c>code@N</c> that exact version.
/// Unknown keys are absent from the result.
/// </summary>
public sealed class ResolveFactorVersions(PcfCertDbContext db)
{
    /// <param name="keys">Factor keys.</param>
    /// <param name="organisationId">
    /// The organisation whose application names the keys: its own supplier factors resolve, another organisation's do
    /// not (they are unknown to it). Null: the body's library only.
    /// </param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IReadOnlyDictionary<string, EmissionFactorVersion>> Handle(IEnumerable<string> keys, Guid? organisationId, CancellationToken ct)
    {
        var parsed = keys.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).Select(Parse).ToList();
        var codes = parsed.Select(p => p.Code).Distinct().ToList();
        var entries = await db.EmissionFactors.AsNoTracking()
            .Where(e => codes.Contains(e.Code) && (e.OwnerOrganisationId == null || e.OwnerOrganisationId == organisationId)).ToDictionaryAsync(e => e.Code, ct);
        var ids = entries.Values.Select(e => e.Id).ToList();
        var versions = await db.EmissionFactorVersions.AsNoTracking().Where(v => ids.Contains(v.FactorId)).ToListAsync(ct);
        var byKey = versions.ToDictionary(v => (v.Code, v.Version));
        var result = new Dictionary<string, EmissionFactorVersion>(StringComparer.Ordinal);
        foreach (var (key, code, version) in parsed)
        {
            var wanted = version ?? (entries.TryGetValue(code, out var entry) ? entry.CurrentVersion : null);
            if (wanted is { } n && byKey.TryGetValue((code, n), out var found))
            {
                result[key] = found;
            }
        }
        return result;
    }

    /// <summary>Splits <c>code@N</c>; a key without a valid version suffix is a code.</summary>
    public static (string Key, string Code, int? Version) Parse(string key)
    {
        var at = key.LastIndexOf('@');
        return at > 0 && int.TryParse(key[(at + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? (key, key[..at], n)
            : (key, key, null);
    }
}
