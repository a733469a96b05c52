using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace PcfCert.Web.Localization;

/// <summary>
/// The UI strings of every supported culture, read once from the embedded Strings/<culture>.json and Strings/<Area>/<culture>.json files
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
        var resources = assembly.GetManifestResourceNames();
        var maps = new Dictionary<string, FrozenDictionary<string, string>>();
        foreach (var culture in Cultures)
        {
            // Strings/<culture>.json holds the shared strings; Strings/<Area>/<culture>.json one feature's, so that
            // features added side by side do not edit the same file. A key defined twice is a mistake, not an override.
            var names = resources.Where(r => r.StartsWith(Prefix, StringComparison.Ordinal) && r.EndsWith($".{culture}.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            if (!names.Contains($"{Prefix}{culture}.json"))
            {
                throw new InvalidOperationException($"Embedded string catalog {Prefix}{culture}.json is missing.");
            }
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                var part = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                    ?? throw new InvalidOperationException($"String catalog {name} is empty.");
                foreach (var (key, text) in part)
                {
                    if (!map.TryAdd(key, text))
                    {
                        throw new InvalidOperationException($"String catalog {name} defines {key} again.");
                    }
                }
            }
            maps[culture] = map.ToFrozenDictionary(StringComparer.Ordinal);
        }
        return new StringCatalog(maps.ToFrozenDictionary());
    }

    private const string Prefix = "PcfCert.Web.Localization.Strings.";

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
