using PcfCert.Footprint.Background;

namespace PcfCert.Footprint.Tests.Background;

/// <summary>
/// A SYNTHETIC two-process package written for these tests in openLCA 2 JSON-LD field names (isInput,
/// isQuantitativeReference, defaultProvider). It is not a published data set and its numbers are made up to be easy to
/// check by hand; the public sample is <see cref="UslciSample"/>.
/// </summary>
public static class Synthetic
{
    public const string Film = "5a1c0e00-0000-4000-8000-000000000001";
    public const string Power = "5a1c0e00-0000-4000-8000-000000000002";

    public static IReadOnlyList<PackageEntry> Linked() =>
    [
        new($"processes/{Film}.json", $$"""
        { "@type": "Process", "@id": "{{Film}}", "name": "capacitor film (synthetic)", "version": "01.00.000", "lastChange": "2026-01-02T00:00:00Z",
          "exchanges": [
            { "@type": "Exchange", "amount": 1, "isInput": false, "isQuantitativeReference": true,
              "flow": { "@id": "f-film", "name": "film", "flowType": "PRODUCT_FLOW" }, "unit": { "name": "kg" } },
            { "@type": "Exchange", "amount": 2, "isInput": true, "defaultProvider": { "@id": "{{Power}}" },
              "flow": { "@id": "f-power", "name": "electricity", "flowType": "PRODUCT_FLOW" }, "unit": { "@id": "u-kwh" } },
            { "@type": "Exchange", "amount": 0.5, "isInput": false,
              "flow": { "@id": "f-co2", "name": "Carbon dioxide, fossil", "flowType": "ELEMENTARY_FLOW" }, "unit": { "name": "kg" } } ] }
        """),
        new($"processes/{Power}.json", $$"""
        { "@type": "Process", "@id": "{{Power}}", "name": "electricity (synthetic)",
          "exchanges": [
            { "amount": 1, "isInput": false, "isQuantitativeReference": true,
              "flow": { "@id": "f-power", "name": "electricity", "flowType": "PRODUCT_FLOW" }, "unit": { "name": "kWh" } },
            { "amount": 0.6, "isInput": false, "flow": { "@id": "f-co2" }, "unit": { "name": "kg" } },
            { "amount": 0.001, "isInput": false, "flow": { "@id": "f-ch4b", "name": "Methane, biogenic", "flowType": "ELEMENTARY_FLOW" }, "unit": { "name": "kg" } },
            { "amount": 0.1, "isInput": true, "flow": { "@id": "f-co2air", "name": "Carbon dioxide, in air", "flowType": "ELEMENTARY_FLOW" }, "unit": { "name": "kg" } } ] }
        """),
        new("flows/f-co2.json", """{ "@type": "Flow", "@id": "f-co2", "name": "Carbon dioxide, fossil", "flowType": "ELEMENTARY_FLOW", "cas": "000124-38-9" }"""),
        new("unit_groups/u-energy.json", """{ "@type": "UnitGroup", "@id": "u-energy", "name": "Units of energy", "units": [ { "@id": "u-kwh", "name": "kWh" } ] }"""),
    ];
}
