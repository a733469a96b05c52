using System.Globalization;
using PcfCert.Certification.Schemes;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Records;

/// <summary>The strings of one record in one language (zh-CN, or en where the user's language is English).</summary>
public sealed class RecordText(StringCatalog catalog, string language)
{
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(language);

    /// <summary>zh-CN or en.</summary>
    public string Language { get; } = language;

    public bool Zh => Language == StringCatalog.DefaultCulture;

    /// <summary>The language of the current request, as a record language.</summary>
    public static string LanguageOf(CultureInfo culture) => culture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : StringCatalog.DefaultCulture;

    public string this[string key, params object?[] args] =>
        catalog.Find(key, _culture) is { } format
            ? args.Length == 0 ? format : string.Format(_culture, format, args)
            : key;

    public string Of(LocalizedText text) => Zh ? text.Zh : text.En;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => day is { } d ? Day(d) : "—";

    public static string Day(DateTimeOffset at) => Day(DateOnly.FromDateTime(at.ToOffset(Certification.Calendar.ChinaToday.Offset).DateTime));

    /// <summary>A footprint figure as printed in records: four significant decimals, invariant digits.</summary>
    public static string Kg(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public string YesNo(bool value) => this[value ? "Records.Yes" : "Records.No"];

    public static string OrDash(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value;
}
