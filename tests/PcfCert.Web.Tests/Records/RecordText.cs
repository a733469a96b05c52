using System.Text;
using System.Text.Json;
using PcfCert.Web.Tests.Certificates;

namespace PcfCert.Web.Tests.Records;

/// <summary>PDF text for field-by-field checks: NFKC (as PdfText gives it) and without any white space, since table cells wrap.</summary>
public static class RecordPdf
{
    public static string Text(byte[] pdf) => Squeeze(PdfText.Extract(pdf));

    public static string Squeeze(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).Select(c => Radicals.GetValueOrDefault(c, c)));

    /// <summary>
    /// Noto CJK's ToUnicode also maps some simplified ideographs to CJK Radicals Supplement twins (长 → U+2ED3 ⻓), which
    /// NFKC leaves alone; these are the simplified radicals (Unicode CJK Radicals Supplement chart) and their ideographs.
    /// </summary>
    private static readonly Dictionary<char, char> Radicals = new()
    {
        ['\u2EC5'] = '见', ['\u2EC9'] = '贝', ['\u2ECB'] = '车', ['\u2ED3'] = '长', ['\u2ED4'] = '门', ['\u2EDA'] = '页', ['\u2EDB'] = '风',
        ['\u2EDC'] = '飞', ['\u2EE2'] = '马', ['\u2EE5'] = '鱼', ['\u2EE6'] = '鸟', ['\u2EE9'] = '黄', ['\u2EEC'] = '齐', ['\u2EEF'] = '龙',
    };

    public static void Shows(string text, string expected) =>
        Assert.True(text.Contains(Squeeze(expected), StringComparison.Ordinal), $"the document does not show \"{expected}\"");

    /// <summary>The indices at which <paramref name="items"/> appear, which must be increasing (the template's order).</summary>
    public static void ShowsInOrder(string text, IEnumerable<string> items)
    {
        var at = -1;
        foreach (var item in items)
        {
            var next = text.IndexOf(Squeeze(item), at + 1, StringComparison.Ordinal);
            Assert.True(next > at, $"\"{item}\" is missing or out of order after: {text[Math.Max(0, at)..Math.Min(text.Length, Math.Max(0, at) + 300)]}");
            at = next;
        }
    }

    public static JsonElement Scheme(string id) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(LocalizationTests.RepositoryRoot(), "schemes", id + ".json"))).RootElement.Clone();

    public static IEnumerable<string> Names(JsonElement list) => list.EnumerateArray().Select(i => i.GetProperty("name").GetProperty("zh").GetString()!);
}
