using PcfCert.Footprint.Background;
using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Tests.Background;

/// <summary>
/// Issue 16 item 6: background data from openLCA JSON-LD becomes library factors computed by the engine (ISO 14067 6.3.5
/// secondary data, with provenance), and a bad package is refused whole, naming the entry and the field.
/// </summary>
public sealed class OpenLcaImportTests
{
    [Fact]
    public void The_public_uslci_sample_reads_with_its_provenance()
    {
        var outcome = OpenLcaJsonLdReader.Read(UslciSample.Entries());
        Assert.True(outcome.IsSuccess, string.Join("\n", outcome.Errors));
        var truck = Assert.Single(outcome.Package!.Processes);
        Assert.Equal(UslciSample.RefuseTruck, truck.Id);
        Assert.Equal("Transport, refuse truck, diesel powered, Southeast", truck.Name);
        Assert.Equal("00.00.000", truck.Version);
        Assert.Equal("2011-10-26T03:49:14-06:00", truck.LastChange);
        Assert.Equal("RNA", truck.Location);
        Assert.Equal("U.S. Environmental Protection Agency (EP", truck.Publication);
        Assert.Equal("processes/015667f8-18c8-3f3c-bcb9-903185af6f04.json", truck.Entry);
        Assert.Equal(24, truck.Exchanges.Count);
        Assert.Equal(("t*km", 1.0, false), (truck.Reference.Unit, truck.Reference.Amount, truck.Reference.IsInput));
        // The methane flow comes from flows/ (with its CAS number), not only from the exchange's reference.
        Assert.Equal("000074-82-8", outcome.Package.Flows["20408dd1-8534-11e0-9d78-0800200c9a66"].Cas);
    }

    [Fact]
    public void The_refuse_truck_becomes_a_factor_per_tonne_kilometre_computed_by_the_engine()
    {
        var package = OpenLcaJsonLdReader.Read(UslciSample.Entries()).Package!;
        var (factors, skipped) = BackgroundFactors.Compute(package, GwpSet.AR6);
        Assert.Empty(skipped);
        var factor = Assert.Single(factors);
        // Exchanges of processes/015667f8-….json per 1 t*km (its reference), characterised with shared/reference/gwp (AR6):
        //   Carbon dioxide, fossil   0.102046861644675 kg × 1                    = 0.102046861644675
        //   Methane (no qualifier → fossil, AR6 Table 7.15)  1.04094042202487E-6 kg × 29.8 = 0.0000310200245763411
        //   Dinitrogen monoxide      1.55739251197666E-7 kg × 273                = 0.0000425168155769628
        //   total                                                               = 0.1021203984848283 kg CO2e per t*km
        Assert.Equal("t*km", factor.Unit);
        Assert.Equal(0.1021203984848283, factor.KgCO2e, 1e-12);
        Assert.Equal(0.102046861644675, factor.ByGas["CO2"], 1e-12);
        Assert.Equal(0.0000310200245763411, factor.ByGas["CH4"], 1e-15);
        Assert.Equal(0.0, factor.BiogenicKgCO2e, 1e-15);
        // The six product inputs (diesel, five transport services) have no provider in the package: left out and listed.
        Assert.Equal(6, factor.Coverage.LeftOut.Count);
        Assert.All(factor.Coverage.LeftOut, l => Assert.Equal("no-provider", l.Reason));
        Assert.Contains(factor.Coverage.LeftOut, l => l.Flow == "Diesel, at refinery" && l.Amount == 0.0388661372946716 && l.Unit == "l");
        // NOx, ammonia, particulates, CO, VOC, SO2 … (14 mass flows) are carried at zero impact, not dropped silently.
        Assert.Equal(14, factor.Coverage.UncharacterisedFlows);
        Assert.Equal(64, factor.InputSha256.Length);

        // AR5: 0.102046861644675 + 1.04094042202487E-6 × 30 + 1.55739251197666E-7 × 265 = 0.10211936075890313
        var ar5 = Assert.Single(BackgroundFactors.Compute(package, GwpSet.AR5).Factors);
        Assert.Equal(0.10211936075890313, ar5.KgCO2e, 1e-12);
    }

    [Fact]
    public void A_linked_provider_in_the_package_is_part_of_the_factor_and_co2_from_air_is_a_removal()
    {
        // A SYNTHETIC package in openLCA 2 field names (not a published data set): film makes 1 kg, uses 2 kWh of grid
        // power from the package's own electricity process (defaultProvider) and emits 0.5 kg fossil CO2; the electricity
        // process emits 0.6 kg fossil CO2 and 0.001 kg biogenic methane per kWh and takes 0.1 kg CO2 from air.
        // AR6: electricity = 0.6 + 0.001 × 27.0 − 0.1 = 0.527 per kWh; film = 0.5 + 2 × 0.527 = 1.554 kg CO2e per kg,
        // of which biogenic CO2 is 2 × (−0.1) = −0.2 (biogenic methane is not "biogenic CO2").
        var outcome = OpenLcaJsonLdReader.Read(Synthetic.Linked());
        Assert.True(outcome.IsSuccess, string.Join("\n", outcome.Errors));
        var (factors, _) = BackgroundFactors.Compute(outcome.Package!, GwpSet.AR6);
        var film = factors.Single(f => f.Process.Id == Synthetic.Film);
        Assert.Equal(1.554, film.KgCO2e, 1e-12);
        Assert.Equal(-0.2, film.BiogenicKgCO2e, 1e-12);
        Assert.Equal([Synthetic.Film, Synthetic.Power], film.Coverage.Processes);
        Assert.Empty(film.Coverage.LeftOut);
        Assert.Equal(0.527, factors.Single(f => f.Process.Id == Synthetic.Power).KgCO2e, 1e-12);
        // The film's model is a pcfcert.model/1 document a factory can use as its upstream.
        Assert.Contains("\"process\": \"" + Synthetic.Power + "\"", Documents.ModelDocument.Write(film.Model));
    }

    [Fact]
    public void A_process_whose_reference_unit_the_engine_does_not_know_is_skipped_with_the_reason()
    {
        var entries = Synthetic.Linked().Select(e => e.Path.Contains(Synthetic.Power, StringComparison.Ordinal)
            ? e with { Text = e.Text.Replace("\"name\": \"kWh\"", "\"name\": \"p*km\"", StringComparison.Ordinal) } : e).ToList();
        var (factors, skipped) = BackgroundFactors.Compute(OpenLcaJsonLdReader.Read(entries).Package!, GwpSet.AR6);
        Assert.Contains("p*km", Assert.Single(skipped).Reason);
        // The film then has no provider for its power: 0.5 kg CO2e, and the power input is listed as left out.
        var film = Assert.Single(factors);
        Assert.Equal(0.5, film.KgCO2e, 1e-12);
        Assert.Equal("unit", Assert.Single(film.Coverage.LeftOut).Reason);
    }

    [Theory]
    [InlineData("processes/bad.json", "{ not json", PackageErrorCode.InvalidJson, "processes/bad.json", "")]
    [InlineData("processes/a.json", """{"@type":"Process","@id":"a","name":"A","exchanges":[{"flow":{"@id":"f","name":"F","flowType":"PRODUCT_FLOW"},"unit":{"name":"kg"},"isQuantitativeReference":true}]}""",
        PackageErrorCode.MissingField, "processes/a.json", "/exchanges/0/amount")]
    [InlineData("processes/a.json", """{"@type":"Process","@id":"a","name":"A","exchanges":[{"amount":"1,5","flow":{"@id":"f","name":"F","flowType":"PRODUCT_FLOW"},"unit":{"name":"kg"},"isQuantitativeReference":true}]}""",
        PackageErrorCode.InvalidValue, "processes/a.json", "/exchanges/0/amount")]
    [InlineData("processes/a.json", """{"@type":"Process","@id":"a","name":"A","exchanges":[{"amount":1,"flow":{"@id":"f","name":"F","flowType":"PRODUCT"},"unit":{"name":"kg"},"isQuantitativeReference":true}]}""",
        PackageErrorCode.InvalidValue, "processes/a.json", "/exchanges/0/flow/flowType")]
    [InlineData("processes/a.json", """{"@type":"Process","@id":"a","name":"A","exchanges":[{"amount":1,"flow":{"@id":"f","name":"F","flowType":"PRODUCT_FLOW"},"unit":{"name":"kg"}}]}""",
        PackageErrorCode.InvalidReference, "processes/a.json", "/exchanges")]
    [InlineData("processes/a.json", """{"@type":"Flow","@id":"a","name":"A","flowType":"PRODUCT_FLOW"}""",
        PackageErrorCode.InvalidValue, "processes/a.json", "/@type")]
    [InlineData("processes/a.json", """{"@type":"Process","name":"A","exchanges":[]}""", PackageErrorCode.MissingField, "processes/a.json", "/@id")]
    [InlineData("flows/x.json", """{"@type":"Flow","@id":"x","name":"X"}""", PackageErrorCode.MissingField, "flows/x.json", "/flowType")]
    public void A_bad_entry_refuses_the_whole_package_naming_entry_and_field(string path, string text, PackageErrorCode code, string entry, string field)
    {
        // The good sample plus one bad entry: nothing is read, the error names the bad entry and field.
        var outcome = OpenLcaJsonLdReader.Read([.. UslciSample.Entries(), new PackageEntry(path, text)]);
        Assert.False(outcome.IsSuccess);
        Assert.Null(outcome.Package);
        Assert.Contains(outcome.Errors, e => e.Code == code && e.Entry == entry && e.Field == field);
    }

    [Fact]
    public void A_package_without_processes_and_a_duplicate_process_are_refused()
    {
        Assert.Single(OpenLcaJsonLdReader.Read([new PackageEntry("flows/a.json", "{}")]).Errors, e => e.Code == PackageErrorCode.NoProcesses);
        var truck = UslciSample.Entries().Single(e => e.Path.StartsWith("processes/", StringComparison.Ordinal));
        var twice = OpenLcaJsonLdReader.Read([.. UslciSample.Entries(), truck with { Path = "other/processes/copy.json" }]);
        Assert.Contains(twice.Errors, e => e.Code == PackageErrorCode.DuplicateId && e.Field == "/@id");
    }

    [Theory]
    [InlineData("Carbon dioxide, fossil ", null, "CO2", Origin.Fossil)]
    [InlineData("Carbon dioxide, biogenic", null, "CO2", Origin.Biogenic)]
    [InlineData("Methane, non-fossil", null, "CH4", Origin.Biogenic)]
    [InlineData("Methane", "000074-82-8", "CH4", Origin.Fossil)]
    [InlineData("Carbon dioxide, land transformation", null, "CO2", Origin.Dluc)]
    [InlineData("Dinitrogen monoxide", null, "N2O", Origin.Fossil)]
    [InlineData("Ethane, 1,1,1,2-tetrafluoro-, HFC-134a", null, "HFC-134a", Origin.Fossil)]
    [InlineData("Sulfur hexafluoride", "002551-62-4", "SF6", Origin.Fossil)]
    public void Greenhouse_gas_flows_are_recognised_by_name_or_cas(string name, string? cas, string gas, Origin origin) =>
        Assert.Equal(new GreenhouseGas(gas, origin), GreenhouseGasFlows.Find(new LcaFlow("x", name, LcaFlowType.Elementary, cas, null)));

    [Theory]
    [InlineData("Carbon monoxide, fossil ")]
    [InlineData("Nitrogen oxides")]
    [InlineData("Particulates, < 2.5 um")]
    public void Other_flows_are_not_greenhouse_gases(string name) =>
        Assert.Null(GreenhouseGasFlows.Find(new LcaFlow("x", name, LcaFlowType.Elementary, null, null)));
}
