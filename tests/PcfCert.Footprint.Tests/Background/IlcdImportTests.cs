using PcfCert.Footprint.Background;
using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Tests.Background;

/// <summary>
/// Issue 16 item 6: background data in ILCD (TianGong's format) read into the same package as openLCA JSON-LD, so the
/// same model builder and engine compute kg CO2e per reference unit, with the data set's UUID and version kept; a bad
/// entry refuses the whole package naming the entry and the XML element or attribute; a DTD is refused.
/// </summary>
public sealed class IlcdImportTests
{
    [Fact]
    public void The_public_tiangong_sample_reads_with_uuid_version_reference_flow_and_unit()
    {
        var outcome = IlcdReader.Read(IlcdSample.Entries());

        Assert.True(outcome.IsSuccess, string.Join("\n", outcome.Errors));
        Assert.Equal("ILCD", outcome.Package!.Format);
        var process = Assert.Single(outcome.Package.Processes);
        Assert.Equal(IlcdSample.LeadEmission, process.Id);
        Assert.Equal("Lead emission", process.Name);
        Assert.Null(process.NameZh);
        Assert.Equal("20.25.001", process.Version);
        Assert.Equal("GLO", process.Location);
        Assert.Equal("2022", process.ValidFrom);
        Assert.Equal("ILCD/processes/55555555-5555-4555-8555-555555555555.xml", process.Entry);
        // referenceToReferenceFlow 1 is exchange 1: 1.0 (meanAmount) of Lead-210; its unit is kg through flow property
        // 33333333-… (Mass) and unit group 22222222-… (reference unit 1 = kg).
        Assert.Equal(("Lead-210", 1.0, "kg", false), (process.Reference.Flow.Name, process.Reference.Amount, process.Reference.Unit, process.Reference.IsInput));
        Assert.Equal(LcaFlowType.Elementary, process.Reference.Flow.Type);
        Assert.Equal("014255-04-0", process.Reference.Flow.Cas);
        Assert.Empty(process.Unresolved);
    }

    [Fact]
    public void The_public_sample_without_greenhouse_gas_is_zero_kg_co2e_per_kg()
    {
        // The sample's only exchange is its reference (1 kg Lead-210, CAS 14255-04-0, no GWP in shared/reference/gwp): no
        // other exchange, so 0 kg CO2e per kg, computed by the engine, nothing left out.
        var package = IlcdReader.Read(IlcdSample.Entries()).Package!;
        var factor = Assert.Single(BackgroundFactors.Compute(package, GwpSet.AR6).Factors);
        Assert.Equal("kg", factor.Unit);
        Assert.Equal(0.0, factor.KgCO2e, 1e-15);
        Assert.Empty(factor.Coverage.LeftOut);
    }

    [Fact]
    public void A_synthetic_tiangong_process_keeps_its_chinese_name_and_its_factor_is_computed_by_the_engine()
    {
        var outcome = IlcdReader.Read(IlcdSynthetic.Entries());
        Assert.True(outcome.IsSuccess, string.Join("\n", outcome.Errors));
        var process = Assert.Single(outcome.Package!.Processes);
        Assert.Equal(("capacitor film (synthetic)", "电容器薄膜（合成）"), (process.Name, process.NameZh));
        Assert.Equal(("01.01.000", "2025-03-01T08:00:00+08:00", "CN", "Plastics"), (process.Version, process.LastChange, process.Location, process.Category));
        Assert.Equal(3.0, process.Exchanges.Single(e => e.Flow.Id == IlcdSynthetic.Co2).Amount); // resultingAmount, not meanAmount 99
        Assert.Equal("000124-38-9", outcome.Package.Flows[IlcdSynthetic.Co2].Cas);

        var factor = Assert.Single(BackgroundFactors.Compute(outcome.Package, GwpSet.AR6).Factors);
        // Per 2 kg film (AR6, shared/reference/gwp; fossil methane 29.8 as the engine's AR6 table):
        // (3 × 1 + 0.01 × 273 + 0.02 × 29.8) / 2 = (3 + 2.73 + 0.596) / 2 = 3.163 kg CO2e per kg.
        Assert.Equal("kg", factor.Unit);
        Assert.Equal(3.163, factor.KgCO2e, 1e-12);
        Assert.Equal(1.5, factor.ByGas["CO2"], 1e-12);
        Assert.Equal(1.365, factor.ByGas["N2O"], 1e-12);
        // The electricity input's flow is not in the package: left out and listed, not silently dropped.
        var left = Assert.Single(factor.Coverage.LeftOut);
        Assert.Equal(("flow 4", 5.0, "not-in-package"), (left.Flow, left.Amount, left.Reason));
    }

    [Fact]
    public void A_malformed_amount_refuses_the_whole_package_naming_the_entry_and_the_element()
    {
        var process = IlcdSynthetic.Process(string.Concat(
            IlcdSynthetic.Exchange(0, IlcdSynthetic.FilmFlow, "Output", "<meanAmount>2</meanAmount>"),
            IlcdSynthetic.Exchange(1, IlcdSynthetic.Co2, "Output", "<meanAmount>3,5</meanAmount>"),
            IlcdSynthetic.Exchange(2, IlcdSynthetic.N2o, "Sideways", "<meanAmount>1</meanAmount>"),
            IlcdSynthetic.Exchange(3, IlcdSynthetic.Ch4, "Output", "")));

        var outcome = IlcdReader.Read(IlcdSynthetic.Entries(process));

        Assert.False(outcome.IsSuccess);
        Assert.Null(outcome.Package);
        var entry = $"ILCD/processes/{IlcdSynthetic.Film}_01.01.000.xml";
        Assert.Contains(new PackageError(PackageErrorCode.InvalidValue, entry, "/processDataSet/exchanges/exchange[@dataSetInternalID='1']/meanAmount", "\"3,5\" is not a finite number"), outcome.Errors);
        Assert.Contains(outcome.Errors, e => e is { Code: PackageErrorCode.InvalidValue, Field: "/processDataSet/exchanges/exchange[@dataSetInternalID='2']/exchangeDirection" } && e.Entry == entry);
        Assert.Contains(outcome.Errors, e => e is { Code: PackageErrorCode.MissingField, Field: "/processDataSet/exchanges/exchange[@dataSetInternalID='3']/meanAmount" });
        Assert.Equal(3, outcome.Errors.Count);
    }

    [Fact]
    public void A_reference_to_a_missing_exchange_or_a_flow_without_type_is_refused_naming_the_element()
    {
        var noReference = IlcdReader.Read(IlcdSynthetic.Entries(IlcdSynthetic.Process(IlcdSynthetic.Exchange(0, IlcdSynthetic.FilmFlow, "Output", "<meanAmount>2</meanAmount>"), reference: "7")));
        var error = Assert.Single(noReference.Errors);
        Assert.Equal((PackageErrorCode.InvalidReference, "/processDataSet/processInformation/quantitativeReference/referenceToReferenceFlow"), (error.Code, error.Field));

        var entries = IlcdSynthetic.Entries();
        var flow = entries.FindIndex(e => e.Path.Contains(IlcdSynthetic.Co2, StringComparison.Ordinal));
        entries[flow] = entries[flow] with { Text = entries[flow].Text.Replace("<typeOfDataSet>Elementary flow</typeOfDataSet>", "<typeOfDataSet>Gas</typeOfDataSet>", StringComparison.Ordinal) };
        error = Assert.Single(IlcdReader.Read(entries).Errors);
        Assert.Equal((PackageErrorCode.InvalidValue, $"ILCD/flows/{IlcdSynthetic.Co2}.xml", "/flowDataSet/modellingAndValidation/LCIMethod/typeOfDataSet"), (error.Code, error.Entry, error.Field));
    }

    [Fact]
    public void A_dtd_is_refused_so_no_entity_is_expanded_and_no_external_file_is_read()
    {
        // XXE and "billion laughs" need a DTD: the reader prohibits DTDs (DtdProcessing.Prohibit, no resolver).
        var evil = "<?xml version=\"1.0\"?><!DOCTYPE processDataSet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + IlcdSynthetic.FilmProcess().Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "", StringComparison.Ordinal).Replace("电容器薄膜（合成）", "&x;", StringComparison.Ordinal);

        var outcome = IlcdReader.Read(IlcdSynthetic.Entries(evil));

        var error = Assert.Single(outcome.Errors);
        Assert.Equal((PackageErrorCode.InvalidXml, $"ILCD/processes/{IlcdSynthetic.Film}_01.01.000.xml", "/!DOCTYPE"), (error.Code, error.Entry, error.Field));
        Assert.Null(outcome.Package);
    }

    [Fact]
    public void The_format_is_detected_from_the_process_entries()
    {
        Assert.True(IlcdReader.Detect(IlcdSynthetic.Entries().Select(e => e.Path)));
        Assert.False(IlcdReader.Detect(Synthetic.Linked().Select(e => e.Path)));
        Assert.False(IlcdReader.Detect(["ILCD/flows/a.xml"]));
    }
}
