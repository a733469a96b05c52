using PcfCert.Footprint.Inventory;
using PcfCert.Footprint.Model;
using PcfCert.Web.Features.Factors;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>
/// Resolves the factor keys an inventory names against the library, once, into the resolver the domain takes. Keys
/// resolve within the organisation of the application: the library and its own supplier factors.
/// </summary>
public sealed class InventoryFactors(ResolveFactorVersions resolve)
{
    public async Task<Func<string, EmissionFactor?>> ForKeysAsync(Guid organisationId, IEnumerable<string?> keys, CancellationToken ct)
    {
        var found = await resolve.Handle(keys.OfType<string>().Where(k => !k.StartsWith(InventoryLine.GasPrefix, StringComparison.Ordinal)), organisationId, ct);
        var factors = found.ToDictionary(kv => kv.Key, kv => kv.Value.ToModelFactor(), StringComparer.Ordinal);
        return key => factors.GetValueOrDefault(key);
    }

    public Task<Func<string, EmissionFactor?>> ForAsync(Guid organisationId, IEnumerable<InventoryLine> lines, CancellationToken ct) =>
        ForKeysAsync(organisationId, Keys(lines), ct);

    /// <summary>The keys a workbook named (<see cref="InventoryReading.FactorKeys"/>) and those of other lines (the units that may supply its lines).</summary>
    public Task<Func<string, EmissionFactor?>> ForAsync(Guid organisationId, IEnumerable<string> keys, IEnumerable<InventoryLine> alsoLines, CancellationToken ct) =>
        ForKeysAsync(organisationId, keys.Concat(Keys(alsoLines)), ct);

    private static IEnumerable<string?> Keys(IEnumerable<InventoryLine> lines) => lines.SelectMany(l => new[] { l.FactorKey, l.TransportFactor });
}
