using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace PcfCert.Web.Localization;

/// <summary>
/// The UI strings of every supported culture, read once from the embedded Strings/*.json files
/// (flat key → text maps; see docs/adr/0002-json-string-catalog.md).
/// </summary>
public sealed class StringCatalog
{
    public const string DefaultCulture = "zh-CN";

    public static readonly IReadOnlyList<string> Cultures = [DefaultCulture, "en"];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byCulture;

    private StringCatalog(FrozenDictionary<string, FrozenDictionary<string, string>> byCulture) => _byCulture = byCulture;

    public static StringCatalog LoadEmbedded()
    {
        var assembly = typeof(StringCatalog).Assembly;
        var maps = new Dictionary<string, FrozenDictionary<string, string>>();
        foreach (var culture in Cultures)
        {
            var name = $"PcfCert.Web.Localization.Strings.{culture}.json";
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded string catalog {name} is missing.");
            var map = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"String catalog {name} is empty.");
            maps[culture] = map.ToFrozenDictionary(StringComparer.Ordinal);
        }
        return new StringCatalog(maps.ToFrozenDictionary());
    }

    public IReadOnlyCollection<string> Keys(string culture) => _byCulture[culture].Keys;

    public string? Find(string key, CultureInfo culture)
    {
        var map = _byCulture.TryGetValue(Normalise(culture), out var m) ? m : _byCulture[DefaultCulture];
        return map.TryGetValue(key, out var text) ? text : null;
    }

    public IEnumerable<KeyValuePair<string, string>> All(CultureInfo culture) =>
        _byCulture.TryGetValue(Normalise(culture), out var m) ? m : _byCulture[DefaultCulture];

    private static string Normalise(CultureInfo culture) =>
        culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? DefaultCulture
        : culture.TwoLetterISOLanguageName == "en" ? "en" : DefaultCulture;
}
