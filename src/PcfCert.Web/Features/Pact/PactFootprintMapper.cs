using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;

namespace PcfCert.Web.Features.Pact;

/// <summary>What a certificate's PACT footprint is made from: the certificate, its scheme and the verified result.</summary>
public sealed record PactSource(
    Certificate Certificate,
    SchemeDefinition Scheme,
    string ResultJson,
    string? ModelJson,
    string? HolderCreditCode,
    string? ProductKey);

/// <summary>
/// Maps a valid certificate's verified result document (pcfcert.result/1) field by field to a PACT v3.0
/// ProductFootprint; see docs/pact.md for the table. Decimals are strings without exponent; times are RFC 3339 in
/// China Standard Time (+08:00), the time of the certification body. Pure: no I/O.
/// </summary>
public static class PactFootprintMapper
{
    public const string SpecVersion = "3.0.0";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>PACT declared units for the model's units: (PACT unit, factor to it).</summary>
    private static readonly Dictionary<string, (string Unit, decimal Factor)> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["piece"] = ("piece", 1), ["pcs"] = ("piece", 1), ["kg"] = ("kilogram", 1), ["g"] = ("kilogram", 0.001m),
        ["t"] = ("kilogram", 1000), ["l"] = ("liter", 1), ["L"] = ("liter", 1), ["m3"] = ("cubic meter", 1),
        ["m2"] = ("square meter", 1), ["kWh"] = ("kilowatt hour", 1), ["MWh"] = ("kilowatt hour", 1000),
        ["MJ"] = ("megajoule", 1), ["t*km"] = ("ton kilometer", 1), ["h"] = ("hour", 1),
    };

    /// <summary>Builds the footprint, or null with the reason when the result cannot be expressed in PACT.</summary>
    public static (JsonObject? Footprint, string? Problem) Map(Guid id, DateTimeOffset created, IReadOnlyList<Guid> precedingPfIds, string status, PactSource s)
    {
        using var result = JsonDocument.Parse(s.ResultJson);
        var r = result.RootElement;
        var unit = r.GetProperty("declaredUnit");
        if (!Units.TryGetValue(unit.GetProperty("unit").GetString() ?? "", out var pactUnit))
        {
            return (null, $"declared unit '{unit.GetProperty("unit").GetString()}' has no PACT equivalent");
        }
        var c = s.Certificate;
        var p = c.Contents.Particulars;
        var origin = r.GetProperty("byOrigin");
        double Origin(string key) => origin.TryGetProperty(key, out var v) ? v.GetDouble() : 0;
        var biogenicRemovals = Origin("biogenicRemovals");
        var total = r.GetProperty("totalKgCO2e").GetDouble();
        var cutOff = r.GetProperty("cutOff");
        var quality = DataQuality.From(r, s.ModelJson);

        var pcf = new JsonObject
        {
            ["declaredUnitOfMeasurement"] = pactUnit.Unit,
            ["declaredUnitAmount"] = Dec(unit.GetProperty("amount").GetDouble() * (double)pactUnit.Factor),
            ["productMassPerDeclaredUnit"] = Dec(ProductMass(s.ModelJson)),
            ["referencePeriodStart"] = Time(p.ReportingPeriodFrom),
            ["referencePeriodEnd"] = Time(p.ReportingPeriodTo.AddDays(1)),
            ["geographyCountry"] = "CN",
            ["boundaryProcessesDescription"] = $"{r.GetProperty("boundary").GetString()}: " + string.Join("; ", r.GetProperty("byProcess").EnumerateArray().Select(x => x.GetProperty("id").GetString())),
            ["pcfExcludingBiogenicUptake"] = Dec(total - biogenicRemovals),
            ["pcfIncludingBiogenicUptake"] = Dec(total),
            ["fossilCarbonContent"] = "0",
            ["fossilGhgEmissions"] = Dec(Origin("fossil")),
            ["landUseChangeGhgEmissions"] = Dec(Origin("dluc")),
            ["biogenicCO2Uptake"] = Dec(biogenicRemovals),
            ["biogenicNonCO2Emissions"] = Dec(Origin("biogenicEmissions") - Origin("biogenicCO2Emissions")),
            ["aircraftGhgEmissions"] = Dec(r.GetProperty("aircraftKgCO2e").GetDouble()),
            ["ipccCharacterizationFactors"] = new JsonArray(r.GetProperty("gwp").GetString()),
            ["crossSectoralStandards"] = new JsonArray([.. CrossSectoral(s.Scheme).Select(x => (JsonNode?)x)]),
            ["productOrSectorSpecificRules"] = SectorRules(s.Scheme),
            ["exemptedEmissionsPercent"] = Dec(cutOff.GetProperty("share").GetDouble() * 100),
            ["exemptedEmissionsDescription"] = string.Join("; ", cutOff.GetProperty("items").EnumerateArray()
                .Select(i => $"{i.GetProperty("name").GetString()} ({Dec(i.GetProperty("massKg").GetDouble())} kg, cut-off by mass)")),
            ["allocationRulesDescription"] = string.Join("; ", r.TryGetProperty("allocation", out var a) ? a.EnumerateObject().Select(x => $"{x.Name}: {x.Value.GetString()}") : []),
            ["primaryDataShare"] = Dec(quality.PrimaryShare * 100),
            ["verification"] = new JsonObject
            {
                ["coverage"] = "product level",
                ["providerName"] = p.Issuer,
                ["completedAt"] = Time(c.IssuedOn),
                ["standardName"] = $"{s.Scheme.Code} ({string.Join(", ", s.Scheme.BasisStandards.Select(b => b.Code))})",
                ["comments"] = $"Certificate {c.Number}, version {c.Contents.Version}, scheme {s.Scheme.Id}; valid {c.IssuedOn:yyyy-MM-dd} to {c.ValidUntil:yyyy-MM-dd}. Registry: /Registry/Certificates/{c.Number}",
            },
        };
        // Stated only when the model marks its packaging inputs (result field packagingKgCO2e); otherwise the
        // certificate says nothing about packaging and neither property is sent.
        if (r.TryGetProperty("packagingKgCO2e", out var packaging) && packaging.GetDouble() >= 0)
        {
            pcf["packagingEmissionsIncluded"] = true;
            pcf["packagingGhgEmissions"] = Dec(packaging.GetDouble());
        }
        if (quality.Dqi is { } dqi)
        {
            pcf["dqi"] = new JsonObject { ["technologicalDQR"] = Dec(dqi.Ter), ["geographicalDQR"] = Dec(dqi.Ger), ["temporalDQR"] = Dec(dqi.Tir) };
        }
        if (quality.SecondarySources.Count > 0)
        {
            pcf["secondaryEmissionFactorSources"] = new JsonArray([.. quality.SecondarySources.Select(x => (JsonNode?)new JsonObject { ["name"] = x, ["version"] = "unspecified" })]);
        }
        var footprint = new JsonObject
        {
            ["id"] = id.ToString(),
            ["specVersion"] = SpecVersion,
            ["created"] = created.ToOffset(TimeSpan.Zero).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["status"] = status,
            ["validityPeriodStart"] = Time(c.IssuedOn),
            ["validityPeriodEnd"] = Time(c.ValidUntil.AddDays(1)),
            ["companyName"] = p.Applicant.Name,
            ["companyIds"] = new JsonArray([.. CompanyIds(c, s).Select(x => (JsonNode?)x)]),
            ["productDescription"] = $"{p.ProductName} {p.Model} ({p.CertificationUnit}); {p.FunctionalUnit}; {p.SystemBoundary}",
            ["productIds"] = new JsonArray(ProductId(c.Number)),
            ["productNameCompany"] = p.ProductName,
            ["comment"] = $"Certified carbon footprint: {p.FootprintValue.ToString(CultureInfo.InvariantCulture)} {p.FootprintUnit} (certificate {c.Number}). Carbon content was not assessed by the certification (fossilCarbonContent 0).",
            ["pcf"] = pcf,
        };
        if (precedingPfIds.Count > 0)
        {
            footprint["precedingPfIds"] = new JsonArray([.. precedingPfIds.Select(x => (JsonNode?)x.ToString())]);
        }
        if (s.ProductKey is { Length: > 0 } key)
        {
            footprint["productClassifications"] = new JsonArray($"urn:pact:productclassification:pcfcert:{s.Scheme.Id}:{key}");
        }
        return (footprint, null);
    }

    public static string ProductId(string certificateNumber) => $"urn:pact:pcfcert:product-id:{certificateNumber.ToLowerInvariant()}";

    private static IEnumerable<string> CompanyIds(Certificate c, PactSource s)
    {
        if (c.HolderOrganisationId is { } holder)
        {
            yield return $"urn:uuid:{holder}";
        }
        if (s.HolderCreditCode is { Length: > 0 } code)
        {
            yield return $"urn:pact:pcfcert:uscc:{code.ToLowerInvariant()}";
        }
        if (c.HolderOrganisationId is null && s.HolderCreditCode is null)
        {
            yield return $"urn:pact:pcfcert:holder:{c.Number.ToLowerInvariant()}";
        }
    }

    /// <summary>ISO 14067 always (GB/T 24067-2024 adopts it); PAS 2050 when the scheme names it.</summary>
    private static IEnumerable<string> CrossSectoral(SchemeDefinition scheme)
    {
        yield return "ISO14067";
        if (scheme.BasisStandards.Any(b => b.Code.StartsWith("PAS 2050", StringComparison.Ordinal)))
        {
            yield return "PAS2050";
        }
    }

    /// <summary>
    /// The scheme's other basis documents (PCR, national standard) and the implementation rule itself, as rules of the
    /// certification body. Never empty: the PACT v3 schema requires at least one item when the property is present.
    /// </summary>
    private static JsonArray SectorRules(SchemeDefinition scheme)
    {
        var names = scheme.BasisStandards.Select(b => b.Code)
            .Where(code => !code.StartsWith("ISO 14067", StringComparison.Ordinal) && !code.StartsWith("PAS 2050", StringComparison.Ordinal))
            .Append(scheme.Code).Distinct(StringComparer.Ordinal);
        return new JsonArray(new JsonObject
        {
            ["operator"] = "Other",
            ["otherOperatorName"] = scheme.Issuer.Name.En ?? scheme.Issuer.Name.Zh,
            ["ruleNames"] = new JsonArray([.. names.Select(n => (JsonNode?)n)]),
        });
    }

    private static double ProductMass(string? modelJson)
    {
        if (modelJson is null)
        {
            return 0;
        }
        using var model = JsonDocument.Parse(modelJson);
        return model.RootElement.TryGetProperty("product", out var product) && product.TryGetProperty("massKg", out var mass) ? mass.GetDouble() : 0;
    }

    /// <summary>A date at 00:00 China Standard Time.</summary>
    public static string Time(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), China).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    /// <summary>A decimal string without exponent: the double rounded to 15 significant digits (decimal's conversion).</summary>
    public static string Dec(double value) => ((decimal)value).ToString(CultureInfo.InvariantCulture);
}
