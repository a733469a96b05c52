using System.Globalization;
using Microsoft.Extensions.Localization;
using PcfCert.Footprint.Gwp;
using PcfCert.Footprint.Model;
using PcfCert.Footprint.Units;
using PcfCert.Infrastructure.Factors;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Factors;

/// <summary>A factor as the edit form, the API and one import row give it: text, checked by <see cref="ToVersion"/>.</summary>
public sealed class FactorInput
{
    public static readonly string[] Categories = ["electricity", "fuel", "material", "transport", "gas", "waste", "other"];

    /// <summary>Import columns in order; the first row of a CSV or .xlsx names them.</summary>
    public static readonly string[] Columns =
    [
        "code", "name_zh", "name_en", "category", "unit", "kgco2e", "co2", "ch4", "n2o", "other_gases", "origin", "source", "source_url",
        "year", "geography", "gwp_basis", "ter", "ger", "tir", "p", "uncertainty_gsd", "licence_note", "status", "change_note",
    ];

    public string? Code { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? Category { get; set; }
    public string? Unit { get; set; }
    public string? KgCO2e { get; set; }
    public string? Co2 { get; set; }
    public string? Ch4 { get; set; }
    public string? N2O { get; set; }
    public string? OtherGases { get; set; }
    public string? Origin { get; set; }
    public string? Source { get; set; }
    public string? SourceUrl { get; set; }
    public string? Year { get; set; }
    public string? Geography { get; set; }
    public string? GwpBasis { get; set; }
    public string? Ter { get; set; }
    public string? Ger { get; set; }
    public string? Tir { get; set; }
    public string? P { get; set; }
    public string? UncertaintyGsd { get; set; }
    public string? LicenceNote { get; set; }
    public string? Status { get; set; }
    public string? ChangeNote { get; set; }
    public Guid? ConcurrencyStamp { get; set; }

    public static FactorInput FromRow(IReadOnlyDictionary<string, string?> row)
    {
        string? Get(string column) => row.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        return new FactorInput
        {
            Code = Get("code"), NameZh = Get("name_zh"), NameEn = Get("name_en"), Category = Get("category"), Unit = Get("unit"),
            KgCO2e = Get("kgco2e"), Co2 = Get("co2"), Ch4 = Get("ch4"), N2O = Get("n2o"), OtherGases = Get("other_gases"), Origin = Get("origin"),
            Source = Get("source"), SourceUrl = Get("source_url"), Year = Get("year"), Geography = Get("geography"), GwpBasis = Get("gwp_basis"),
            Ter = Get("ter"), Ger = Get("ger"), Tir = Get("tir"), P = Get("p"), UncertaintyGsd = Get("uncertainty_gsd"),
            LicenceNote = Get("licence_note"), Status = Get("status"), ChangeNote = Get("change_note"),
        };
    }

    /// <summary>The fields by import column, the inverse of <see cref="FromRow"/>: what the edit form shows and posts.</summary>
    public Dictionary<string, string?> ToRow() => new()
    {
        ["code"] = Code, ["name_zh"] = NameZh, ["name_en"] = NameEn, ["category"] = Category, ["unit"] = Unit, ["kgco2e"] = KgCO2e,
        ["co2"] = Co2, ["ch4"] = Ch4, ["n2o"] = N2O, ["other_gases"] = OtherGases, ["origin"] = Origin, ["source"] = Source,
        ["source_url"] = SourceUrl, ["year"] = Year, ["geography"] = Geography, ["gwp_basis"] = GwpBasis, ["ter"] = Ter, ["ger"] = Ger,
        ["tir"] = Tir, ["p"] = P, ["uncertainty_gsd"] = UncertaintyGsd, ["licence_note"] = LicenceNote, ["status"] = Status,
        ["change_note"] = ChangeNote,
    };

    public static FactorInput From(EmissionFactorVersion v) => new()
    {
        Code = v.Code, NameZh = v.NameZh, NameEn = v.NameEn, Category = v.Category, Unit = v.Unit, KgCO2e = Text(v.KgCO2e),
        Co2 = Text(v.Gases?.GetValueOrDefault("CO2")), Ch4 = Text(v.Gases?.GetValueOrDefault("CH4")), N2O = Text(v.Gases?.GetValueOrDefault("N2O")),
        OtherGases = v.Gases is null ? null : string.Join(";", v.Gases.Where(g => g.Key is not ("CO2" or "CH4" or "N2O")).Select(g => $"{g.Key}={Text(g.Value)}")) is { Length: > 0 } o ? o : null,
        Origin = v.Origin.ToString().ToLowerInvariant(), Source = v.Source, SourceUrl = v.SourceUrl, Year = v.Year?.ToString(CultureInfo.InvariantCulture),
        Geography = v.Geography, GwpBasis = v.GwpBasis, Ter = Text(v.Ter), Ger = Text(v.Ger), Tir = Text(v.Tir), P = Text(v.P),
        UncertaintyGsd = Text(v.UncertaintyGsd), LicenceNote = v.LicenceNote, Status = v.Status,
    };

    private static string? Text(double? d) => d?.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// Checks every field and builds the version (without identity, number and author). Errors are by column name
    /// (<see cref="Columns"/>), each in the user's language.
    /// </summary>
    public (EmissionFactorVersion? Version, Dictionary<string, string[]> Errors) ToVersion(IStringLocalizer<SharedResource> l, bool changeNoteRequired)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string column, string key, params object[] args) => errors[column] = [l[key, [l["Factor.Column." + column], .. args]]];
        string? Required(string column, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Error(column, "Validation.Required");
            }
            return value?.Trim();
        }
        double? Number(string column, string? value, double min = 0, double max = double.MaxValue)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d))
            {
                Error(column, "Factor.Error.NotANumber", value);
                return null;
            }
            if (d < 0 && min == 0)
            {
                Error(column, "Factor.Error.Negative", value);
                return null;
            }
            if (d < min || d > max)
            {
                Error(column, "Factor.Error.OutOfRange", value, min, max);
                return null;
            }
            return d;
        }

        var code = Required("code", Code);
        if (code is not null && (code.Length > 120 || code.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))))
        {
            Error("code", "Factor.Error.Code", code);
        }
        var nameZh = Required("name_zh", NameZh);
        var nameEn = Required("name_en", NameEn);
        var category = Required("category", Category);
        if (category is not null && !Categories.Contains(category))
        {
            Error("category", "Factor.Error.Choice", category, string.Join("/", Categories));
        }
        var unit = Required("unit", Unit);
        if (unit is not null && UnitTable.Find(unit) is null)
        {
            Error("unit", "Factor.Error.Unit", unit, string.Join(", ", UnitTable.Symbols));
        }
        var kg = Number("kgco2e", KgCO2e);
        var gases = new Dictionary<string, double>();
        void Gas(string column, string gas, string? value)
        {
            if (Number(column, value) is { } amount)
            {
                gases[gas] = amount;
            }
        }
        Gas("co2", "CO2", Co2);
        Gas("ch4", "CH4", Ch4);
        Gas("n2o", "N2O", N2O);
        foreach (var pair in (OtherGases ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || GwpTable.Normalise(parts[0]) is not { } gas)
            {
                Error("other_gases", "Factor.Error.Gas", pair);
                continue;
            }
            Gas("other_gases", gas, parts[1]);
        }
        if ((kg is null) == (gases.Count == 0) && !errors.ContainsKey("kgco2e"))
        {
            Error("kgco2e", "Factor.Error.ValueOrGases");
        }
        var origin = Footprint.Model.Origin.Fossil;
        if (!string.IsNullOrWhiteSpace(Origin) && !Enum.TryParse(Origin, ignoreCase: true, out origin))
        {
            Error("origin", "Factor.Error.Choice", Origin, "fossil/biogenic/dluc/landmanagement");
        }
        var source = Required("source", Source);
        var year = Number("year", Year, 1900, 2100);
        var dqr = new[] { ("ter", Ter), ("ger", Ger), ("tir", Tir), ("p", P) }.Select(x => Number(x.Item1, x.Item2, 1, 5)).ToArray();
        var gsd = Number("uncertainty_gsd", UncertaintyGsd, 1, 100);
        if (changeNoteRequired)
        {
            Required("change_note", ChangeNote);
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new EmissionFactorVersion
        {
            Code = code!, NameZh = nameZh!, NameEn = nameEn!, Category = category!, Unit = unit!, KgCO2e = kg,
            Gases = gases.Count > 0 ? gases : null, Origin = origin, Source = source!, SourceUrl = SourceUrl?.Trim(), Year = (int?)year,
            Geography = Geography?.Trim(), GwpBasis = string.IsNullOrWhiteSpace(GwpBasis) ? (kg is null ? "none" : "unknown") : GwpBasis.Trim(),
            Ter = dqr[0], Ger = dqr[1], Tir = dqr[2], P = dqr[3], UncertaintyGsd = gsd, LicenceNote = LicenceNote?.Trim(),
            Status = string.IsNullOrWhiteSpace(Status) ? "imported" : Status.Trim(), ChangeNote = ChangeNote?.Trim(),
        }, errors);
    }

    /// <summary>Whether two versions say the same (provenance included); an import of an unchanged row adds no version.</summary>
    public static bool SameContent(EmissionFactorVersion a, EmissionFactorVersion b) =>
        a.NameZh == b.NameZh && a.NameEn == b.NameEn && a.Category == b.Category && a.Unit == b.Unit && a.KgCO2e == b.KgCO2e
        && (a.Gases ?? []).OrderBy(g => g.Key).SequenceEqual((b.Gases ?? []).OrderBy(g => g.Key)) && a.Origin == b.Origin
        && a.Source == b.Source && a.SourceUrl == b.SourceUrl && a.Year == b.Year && a.Geography == b.Geography && a.GwpBasis == b.GwpBasis
        && a.Ter == b.Ter && a.Ger == b.Ger && a.Tir == b.Tir && a.P == b.P && a.UncertaintyGsd == b.UncertaintyGsd
        && a.LicenceNote == b.LicenceNote && a.Status == b.Status;
}
