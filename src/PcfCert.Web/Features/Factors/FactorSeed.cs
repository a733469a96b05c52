using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PcfCert.Footprint.Gwp;
using PcfCert.Footprint.Model;
using PcfCert.Infrastructure.Factors;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Factors;

/// <summary>
/// Seeds the factor library from the reference data shipped in Seed/ (see Seed/SOURCE.md), once: a code that exists is
/// left alone, so later edits survive restarts.
/// </summary>
public static class FactorSeed
{
    public const string SeededBy = "seed:shared/reference";

    private static readonly Dictionary<string, (string Zh, string En)> Regions = new()
    {
        ["national"] = ("全国", "national"), ["North China grid"] = ("华北电网", "North China grid"), ["Northeast China grid"] = ("东北电网", "Northeast China grid"),
        ["East China grid"] = ("华东电网", "East China grid"), ["Central China grid"] = ("华中电网", "Central China grid"),
        ["Northwest China grid"] = ("西北电网", "Northwest China grid"), ["South China grid"] = ("南方电网", "South China grid"),
        ["Southwest China grid"] = ("西南电网", "Southwest China grid"),
    };

    private static readonly Dictionary<string, string> Variants = new()
    {
        ["average"] = "平均", ["excluding market-traded non-fossil"] = "不含市场化交易的非化石能源电量", ["fossil power"] = "化石能源电力",
        ["wind power"] = "风电", ["photovoltaic power"] = "光伏发电", ["biomass power"] = "生物质发电",
    };

    public static IReadOnlyList<EmissionFactorVersion> ReferenceFactors()
    {
        var factors = new List<EmissionFactorVersion>();
        foreach (var row in Csv("cn-grid-electricity.csv"))
        {
            // family,data_year,region,variant,gases,value_kg_per_kWh,scope,announcement,status,source_url
            var footprint = row[0] == "carbon-footprint-factor";
            var (regionZh, regionEn) = Regions.GetValueOrDefault(row[2], (row[2], row[2]));
            var value = double.Parse(row[5], CultureInfo.InvariantCulture);
            factors.Add(new EmissionFactorVersion
            {
                Code = $"cn-elec-{(footprint ? "lcf" : "co2")}-{row[1]}-{Slug(row[2])}-{Slug(row[3])}",
                NameZh = footprint
                    ? $"{regionZh}电力碳足迹因子（{Variants.GetValueOrDefault(row[3], row[3])}，{row[1]}，全生命周期）"
                    : $"{regionZh}电力二氧化碳排放因子（{Variants.GetValueOrDefault(row[3], row[3])}，{row[1]}，仅发电环节 CO2）",
                NameEn = footprint
                    ? $"Electricity carbon footprint factor, {regionEn}, {row[3]}, {row[1]} (life cycle)"
                    : $"Electricity CO2 emission factor, {regionEn}, {row[3]}, {row[1]} (generation CO2 only)",
                Category = "electricity",
                Unit = "kWh",
                KgCO2e = footprint ? value : null,
                Gases = footprint ? null : new Dictionary<string, double> { ["CO2"] = value },
                Source = $"{row[7]}; {row[6]}",
                SourceUrl = row[9],
                Year = int.Parse(row[1], CultureInfo.InvariantCulture),
                Geography = $"CN, {regionEn}",
                GwpBasis = footprint ? "CO2e as published" : "none",
                Status = row[8],
                LicenceNote = "Official statistics; facts, no licence restriction",
            });
        }
        foreach (var row in Csv("cn-fuel-defaults.csv"))
        {
            // fuel_zh,fuel_en,ncv,ncv_unit,carbon_content_tC_per_TJ,oxidation_rate,co2_factor,co2_factor_unit,status
            var perTenThousandM3 = row[7].Contains("10^4 Nm3", StringComparison.Ordinal);
            var tonnesCo2 = double.Parse(row[6], CultureInfo.InvariantCulture);
            factors.Add(new EmissionFactorVersion
            {
                Code = $"cn-fuel-{Slug(row[1])}",
                NameZh = $"{row[0]}（燃烧，CO2）",
                NameEn = $"{row[1]} (combustion, CO2)",
                Category = "fuel",
                // t CO2 per t fuel = kg CO2 per kg; t CO2 per 10^4 Nm3 = 0.1 kg CO2 per m3 (normal cubic metre).
                Unit = perTenThousandM3 ? "m3" : "kg",
                Gases = new Dictionary<string, double> { ["CO2"] = perTenThousandM3 ? tonnesCo2 * 1000 / 10_000 : tonnesCo2 },
                Source = $"NDRC industry GHG accounting guidelines / GB/T 32151 annex defaults: NCV {row[2]} {row[3]}, carbon content {row[4]} tC/TJ, oxidation {row[5]}, {row[6]} {row[7]}",
                Geography = "CN",
                GwpBasis = "none",
                Status = row[8],
                LicenceNote = "Default values of national guidelines; facts",
            });
        }
        foreach (var row in Csv("transport-freight.csv"))
        {
            // code,name_zh,name_en,vehicle,laden,payload_t,direct_kgco2e,indirect_kgco2e,total_kgco2e,status,source_url
            factors.Add(new EmissionFactorVersion
            {
                Code = row[0],
                NameZh = row[1],
                NameEn = row[2],
                Category = "transport",
                Unit = "t*km",
                // The grand total (direct + fuel supply) is the one a product footprint needs: it is cradle to grave for the fuel.
                KgCO2e = double.Parse(row[8], CultureInfo.InvariantCulture),
                Source = "2012 Guidelines to Defra / DECC's GHG Conversion Factors for Company Reporting, Annex 7 Table 7e (diesel HGV, tonne.km basis): " +
                    $"{row[3]}, {row[4]} laden, {row[5]} t average payload; direct {row[6]} + indirect {row[7]} = {row[8]} kg CO2e per t*km",
                SourceUrl = row[10],
                Year = 2012,
                Geography = "GB (UK average loads)",
                GwpBasis = "CO2e as published",
                Status = row[9],
                LicenceNote = "Crown copyright; Open Government Licence (UK)",
            });
        }
        foreach (var row in CsvQuoted("material-waste.csv"))
        {
            // code,name_zh,name_en,unit,kgco2e,source,year,gwp_basis,status,source_url,licence
            factors.Add(new EmissionFactorVersion
            {
                Code = row[0],
                NameZh = row[1],
                NameEn = row[2],
                Category = "material",
                Unit = row[3],
                KgCO2e = double.Parse(row[4], CultureInfo.InvariantCulture),
                Source = row[5],
                Year = int.Parse(row[6], CultureInfo.InvariantCulture),
                Geography = "GB (UK average)",
                GwpBasis = row[7],
                Status = row[8],
                SourceUrl = row[9],
                LicenceNote = row[10],
            });
        }
        factors.AddRange(UkConversionFactors2025());
        foreach (var gas in GwpTable.Gases)
        {
            factors.Add(new EmissionFactorVersion
            {
                Code = $"gas-{Slug(gas)}",
                NameZh = $"{gas} 直接排放（每 kg 气体）",
                NameEn = $"{gas} released (per kg of gas)",
                Category = "gas",
                Unit = "kg",
                Gases = new Dictionary<string, double> { [gas] = 1 },
                Source = "1 kg of the gas; characterised with the model's GWP set (IPCC AR5 Table 8.A.1 / AR6 Table 7.SM.7 via shared/reference/gwp)",
                SourceUrl = "https://github.com/openclimatedata/globalwarmingpotentials",
                GwpBasis = "none",
                Status = "C",
                LicenceNote = "GWP table CC0 (openclimatedata/globalwarmingpotentials)",
            });
        }
        return factors;
    }

    /// <summary>The publication the rows of uk-desnz-2025.csv come from (read through the reprint named per row).</summary>
    public const string UkConversionFactors2025Url = "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2025";

    /// <summary>
    /// Material use, waste disposal and freight rows of the UK Government GHG Conversion Factors 2025 flat file
    /// (Seed/uk-desnz-2025.csv). Each factor's source names the flat file's row ID and labels; a freight factor adds the
    /// matching well-to-tank row, and the stated total must equal the sum of the two published figures.
    /// </summary>
    public static IReadOnlyList<EmissionFactorVersion> UkConversionFactors2025()
    {
        var factors = new List<EmissionFactorVersion>();
        foreach (var row in CsvQuoted("uk-desnz-2025.csv"))
        {
            // code,name_zh,name_en,category,unit,row,id,value,wtt_row,wtt_id,wtt_value,kgco2e,status,source_url
            var (code, unit, published, value, total) = (row[0], row[4], row[5], Number(row[7]), Number(row[11]));
            var expectedUom = unit == "t*km" ? "| tonne.km" : "| tonnes";
            if (!published.EndsWith(expectedUom, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Seed row {code}: unit {unit} does not match the published row '{published}'.");
            }
            var withFuelSupply = row[10].Length > 0;
            var sum = withFuelSupply ? value + Number(row[10]) : value;
            if (sum != total)
            {
                throw new InvalidOperationException($"Seed row {code}: kgco2e {total} is not the published figure(s) {sum}.");
            }
            var perUnit = unit == "t*km" ? "per tonne.km" : "per tonne";
            var source = withFuelSupply
                ? $"UK Government GHG Conversion Factors for Company Reporting 2025 (DESNZ/Defra), flat file: {published} (ID {row[6]}) {row[7]} kg CO2e " +
                  $"+ {row[8]} (ID {row[9]}) {row[10]} kg CO2e = {row[11]} kg CO2e {perUnit} (direct + fuel supply, well to wheel)"
                : $"UK Government GHG Conversion Factors for Company Reporting 2025 (DESNZ/Defra), flat file: {published} (ID {row[6]}) {row[7]} kg CO2e {perUnit}";
            factors.Add(new EmissionFactorVersion
            {
                Code = code,
                NameZh = row[1],
                NameEn = row[2],
                Category = row[3],
                Unit = unit,
                KgCO2e = (double)total,
                Source = $"{source}; publication {UkConversionFactors2025Url}, read from the reprint at the source URL",
                SourceUrl = row[13],
                Year = 2025,
                Geography = code.StartsWith("transport-sea-", StringComparison.Ordinal) || code.StartsWith("transport-air-", StringComparison.Ordinal)
                    ? "International (UK Government factor set)"
                    : "GB (UK average)",
                GwpBasis = "CO2e as published",
                Status = row[12],
                LicenceNote = "Crown copyright; Open Government Licence v3.0 (UK Government GHG Conversion Factors 2025; reprint scope3emissiontest-oss/JulesProject, defra_factors_2025_v2)",
            });
        }
        return factors;
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static async Task SeedAsync(PcfCertDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        var existing = (await db.EmissionFactors.Select(f => f.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        foreach (var version in ReferenceFactors().Where(f => !existing.Contains(f.Code)))
        {
            var entry = new EmissionFactorEntry { Id = Guid.NewGuid(), Code = version.Code, CurrentVersion = 1, ConcurrencyStamp = Guid.NewGuid() };
            version.Id = Guid.NewGuid();
            version.FactorId = entry.Id;
            version.Version = 1;
            version.CreatedAt = time.GetUtcNow();
            version.CreatedBy = SeededBy;
            version.ChangeNote = "Seeded from shared/reference";
            db.EmissionFactors.Add(entry);
            db.EmissionFactorVersions.Add(version);
        }
        await db.SaveChangesAsync(ct);
    }

    private static string Slug(string text) =>
        string.Join("-", new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Rows of a seed file whose fields may be quoted (a source text with commas).</summary>
    private static IEnumerable<string[]> CsvQuoted(string file)
    {
        using var stream = typeof(FactorSeed).Assembly.GetManifestResourceStream($"PcfCert.Web.Features.Factors.Seed.{file}")
            ?? throw new InvalidOperationException($"Seed file {file} is not embedded.");
        using var reader = new StreamReader(stream);
        var text = string.Join('\n', ReadLines(reader).Where(l => !l.StartsWith('#') && l.Length > 0));
        using var csv = new CsvHelper.CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            yield return csv.Parser.Record!;
        }
    }

    private static IEnumerable<string> ReadLines(StreamReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static IEnumerable<string[]> Csv(string file)
    {
        using var stream = typeof(FactorSeed).Assembly.GetManifestResourceStream($"PcfCert.Web.Features.Factors.Seed.{file}")
            ?? throw new InvalidOperationException($"Seed file {file} is not embedded.");
        using var reader = new StreamReader(stream);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }
            if (header)
            {
                header = false;
                continue;
            }
            yield return line.Split(',');
        }
    }
}
