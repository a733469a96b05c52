using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PcfCert.Web.Tests.Pact;

/// <summary>
/// The constraints of the PACT v3.0 OpenAPI schema (components ProductFootprint, CarbonFootprint,
/// ProductOrSectorSpecificRule, EmissionFactorSource, DataQualityIndicators, Verification and the decimal/URN types)
/// that the official conformance tool validates every returned footprint against (test cases 3, 4 and 13).
/// </summary>
internal static partial class PactV3Schema
{
    private static readonly string[] Units = ["liter", "kilogram", "cubic meter", "kilowatt hour", "megajoule", "ton kilometer", "square meter", "piece", "hour", "megabit second"];

    public static void AssertConforms(JsonElement f)
    {
        foreach (var field in new[] { "id", "specVersion", "created", "status", "companyName", "productDescription", "productNameCompany" })
        {
            Assert.True(f.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String, field);
        }
        Assert.True(Guid.TryParseExact(f.GetProperty("id").GetString(), "D", out _), "id: uuid");
        Assert.Matches(@"^\d+\.\d+\.\d+(-\d{8})?$", f.GetProperty("specVersion").GetString()!);
        Assert.Contains(f.GetProperty("status").GetString(), new[] { "Active", "Deprecated" });
        Assert.NotEmpty(f.GetProperty("companyName").GetString()!);
        Assert.NotEmpty(f.GetProperty("productNameCompany").GetString()!);
        foreach (var t in new[] { "created", "validityPeriodStart", "validityPeriodEnd" })
        {
            DateTime(f, t);
        }
        UrnSet(f, "companyIds", required: true);
        UrnSet(f, "productIds", required: true);
        UrnSet(f, "productClassifications", required: false);
        if (f.TryGetProperty("precedingPfIds", out var preceding))
        {
            NonEmptyUnique(preceding, "precedingPfIds");
            Assert.All(preceding.EnumerateArray(), x => Assert.True(Guid.TryParseExact(x.GetString(), "D", out _), "precedingPfIds: uuid"));
        }
        CarbonFootprint(f.GetProperty("pcf"));
    }

    private static void CarbonFootprint(JsonElement pcf)
    {
        Assert.Contains(pcf.GetProperty("declaredUnitOfMeasurement").GetString(), Units);
        Assert.Matches(PositiveNonZero(), pcf.GetProperty("declaredUnitAmount").GetString()!);
        foreach (var d in new[] { "productMassPerDeclaredUnit", "pcfExcludingBiogenicUptake", "pcfIncludingBiogenicUptake", "exemptedEmissionsPercent", "primaryDataShare" })
        {
            Assert.True(pcf.TryGetProperty(d, out var v) && Decimal().IsMatch(v.GetString()!), d);
        }
        foreach (var d in new[] { "fossilCarbonContent", "fossilGhgEmissions", "landUseChangeGhgEmissions", "biogenicNonCO2Emissions", "aircraftGhgEmissions", "packagingGhgEmissions" })
        {
            Assert.True(!pcf.TryGetProperty(d, out var v) ? d is not ("fossilCarbonContent" or "fossilGhgEmissions") : PositiveOrZero().IsMatch(v.GetString()!), d);
        }
        Assert.True(!pcf.TryGetProperty("biogenicCO2Uptake", out var uptake) || NegativeOrZero().IsMatch(uptake.GetString()!), "biogenicCO2Uptake");
        foreach (var t in new[] { "referencePeriodStart", "referencePeriodEnd" })
        {
            DateTime(pcf, t);
        }
        // Exactly one geography granularity, or none (global).
        Assert.True(new[] { "geographyRegionOrSubregion", "geographyCountry", "geographyCountrySubdivision" }.Count(g => pcf.TryGetProperty(g, out _)) <= 1, "geography: oneOf");
        Assert.True(!pcf.TryGetProperty("geographyCountry", out var country) || Regex.IsMatch(country.GetString()!, "^[A-Z]{2}$"), "geographyCountry");
        var ipcc = pcf.GetProperty("ipccCharacterizationFactors");
        NonEmptyUnique(ipcc, "ipccCharacterizationFactors");
        Assert.All(ipcc.EnumerateArray(), a => Assert.Matches(@"^AR\d+$", a.GetString()!));
        NonEmptyUnique(pcf.GetProperty("crossSectoralStandards"), "crossSectoralStandards");
        if (pcf.TryGetProperty("productOrSectorSpecificRules", out var rules))
        {
            NonEmptyUnique(rules, "productOrSectorSpecificRules");
            foreach (var rule in rules.EnumerateArray())
            {
                Assert.Contains(rule.GetProperty("operator").GetString(), new[] { "PEF", "EPD International", "Other" });
                NonEmptyUnique(rule.GetProperty("ruleNames"), "ruleNames");
                Assert.All(rule.GetProperty("ruleNames").EnumerateArray(), n => Assert.NotEmpty(n.GetString()!));
                Assert.True(!rule.TryGetProperty("otherOperatorName", out var other) || other.GetString()!.Length > 0, "otherOperatorName");
            }
        }
        if (pcf.TryGetProperty("secondaryEmissionFactorSources", out var sources))
        {
            Assert.NotEqual(0, sources.GetArrayLength());
            Assert.All(sources.EnumerateArray(), s => Assert.True(s.GetProperty("name").GetString()!.Length > 0 && s.GetProperty("version").GetString()!.Length > 0));
        }
        if (pcf.TryGetProperty("dqi", out var dqi))
        {
            Assert.All(new[] { "technologicalDQR", "geographicalDQR", "temporalDQR" }, k => Assert.Matches(Decimal(), dqi.GetProperty(k).GetString()!));
        }
        if (pcf.TryGetProperty("verification", out var verification))
        {
            Assert.Contains(verification.GetProperty("coverage").GetString(), new[] { "PCF calculation model", "PCF program", "product level" });
            DateTime(verification, "completedAt");
        }
    }

    private static void DateTime(JsonElement e, string name)
    {
        Assert.True(e.TryGetProperty(name, out var v) && RfcDateTime().IsMatch(v.GetString()!)
            && DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{name}: date-time");
    }

    private static void UrnSet(JsonElement f, string name, bool required)
    {
        if (!f.TryGetProperty(name, out var list))
        {
            Assert.False(required, name);
            return;
        }
        NonEmptyUnique(list, name);
        Assert.All(list.EnumerateArray(), u => Assert.Matches("^([uU][rR][nN]):", u.GetString()!));
    }

    private static void NonEmptyUnique(JsonElement list, string name)
    {
        Assert.True(list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0, $"{name}: minItems 1");
        var texts = list.EnumerateArray().Select(x => x.GetRawText()).ToList();
        Assert.True(texts.Distinct(StringComparer.Ordinal).Count() == texts.Count, $"{name}: uniqueItems");
    }

    [GeneratedRegex(@"^[+-]?\d+(\.\d+)?$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^[+]?(\d*[1-9]\d*)(\.\d+)?|(0+\.\d*[1-9]\d*)$")]
    private static partial Regex PositiveNonZero();

    [GeneratedRegex(@"^[+]?\d+(\.\d+)?$")]
    private static partial Regex PositiveOrZero();

    [GeneratedRegex(@"^(-\d+(\.\d+)?)|0+(\.0+)?$")]
    private static partial Regex NegativeOrZero();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex RfcDateTime();
}
