namespace PcfCert.Footprint.Tests;

public class AllocationAndOriginTests
{
    [Fact]
    public void Co_products_take_their_share_by_allocation_basis()
    {
        // 100 kg CO2 per run, reference basis 80, co-products 15 + 5: the product carries 80/100 = 0.8 → 80 kg,
        // also of the 10 kWh × 1 kg CO2e/kWh input: 8 kg. 1 piece of 4 made per run → (80 + 8)/4 = 22.
        var json = Doc.Model("""
            [ { "id": "a", "stage": "production", "output": { "amount": 4, "unit": "piece", "allocationBasis": 80 },
                "coProducts": [ { "name": "x", "amount": 1, "unit": "kg", "allocationBasis": 15 }, { "name": "y", "amount": 1, "unit": "kg", "allocationBasis": 5 } ],
                "allocation": "economic",
                "inputs": [ { "factor": "e", "amount": 10, "unit": "kWh" } ],
                "emissions": [ { "gas": "CO2", "amount": 100, "unit": "kg" } ] } ]
            """, """[ { "id": "e", "unit": "kWh", "kgCO2e": 1 } ]""");
        var r = Doc.Calculate(json);
        Doc.Close(22, r.TotalKgCO2e);
        Assert.Equal("economic", r.Allocation["a"]);
    }

    [Fact]
    public void Co_products_without_a_reference_basis_are_an_error()
    {
        var json = Doc.Model("""
            [ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "piece" },
                "coProducts": [ { "name": "x", "amount": 1, "unit": "kg", "allocationBasis": 1 } ] } ]
            """);
        var e = Assert.Single(Doc.Errors(json));
        Assert.Equal(ErrorCode.MissingField, e.Code);
        Assert.Equal("/processes/0/output/allocationBasis", e.Path);
    }

    [Fact]
    public void Biogenic_removals_count_negative_and_are_left_out_of_the_excluding_figure()
    {
        // fossil 10 kg CO2, biogenic 4 kg CO2, biogenic 0.1 kg CH4 (27.0 → 2.7), removal 6 kg CO2, dLUC 1 kg CO2.
        // total = 10 + 4 + 2.7 - 6 + 1 = 11.7; excluding biogenic CO2 (PACT) = 11.7 - 4 + 6 = 13.7.
        var json = Doc.OneProcess(emissions: """
            [ { "gas": "CO2", "amount": 10, "unit": "kg", "origin": "fossil" },
              { "gas": "CO2", "amount": 4, "unit": "kg", "origin": "biogenic" },
              { "gas": "CH4", "amount": 100, "unit": "g", "origin": "biogenic" },
              { "gas": "CO2", "amount": 1, "unit": "kg", "origin": "dluc" } ]
            """, extra: """, "removals": [ { "gas": "CO2", "amount": 6, "unit": "kg" } ]""");
        var r = Doc.Calculate(json);
        Doc.Close(11.7, r.TotalKgCO2e);
        Doc.Close(11.7, r.PcfIncludingBiogenic);
        Doc.Close(13.7, r.PcfExcludingBiogenic);
        Doc.Close(-6, r.ByOrigin.BiogenicRemovals);
        Doc.Close(6.7, r.ByOrigin.BiogenicEmissions);
        Doc.Close(1, r.ByOrigin.Dluc);
        Doc.Close(10, r.ByOrigin.Fossil);
    }

    [Fact]
    public void Aircraft_emissions_are_reported_separately_and_stay_in_the_total()
    {
        // 100 t*km air freight × 1.2 + 100 t*km truck × 0.1 flagged on the input = 120 + 10 → aircraft 130 of 130.
        var json = Doc.OneProcess("""
            [ { "factor": "air", "amount": 100, "unit": "t*km" }, { "factor": "truck", "amount": 100, "unit": "t*km", "aircraft": true } ]
            """, factors: """[ { "id": "air", "unit": "t*km", "kgCO2e": 1.2, "aircraft": true }, { "id": "truck", "unit": "t*km", "kgCO2e": 0.1 } ]""");
        var r = Doc.Calculate(json);
        Doc.Close(130, r.AircraftKgCO2e);
        Doc.Close(130, r.TotalKgCO2e);
    }

    [Fact]
    public void Packaging_inputs_are_reported_apart_and_stay_in_the_total()
    {
        // wooden pallet 2 kg × 0.5 + carton 0.4 kg × 1.25 flagged packaging = 1 + 0.5 = 1.5;
        // film 3 kg × 2 not flagged = 6; total 7.5, packaging 1.5.
        var json = Doc.OneProcess("""
            [ { "factor": "wood", "amount": 2, "unit": "kg", "packaging": true },
              { "factor": "carton", "amount": 0.4, "unit": "kg", "packaging": true },
              { "factor": "film", "amount": 3, "unit": "kg" } ]
            """, factors: """[ { "id": "wood", "unit": "kg", "kgCO2e": 0.5 }, { "id": "carton", "unit": "kg", "kgCO2e": 1.25 }, { "id": "film", "unit": "kg", "kgCO2e": 2 } ]""");
        var r = Doc.Calculate(json);
        Doc.Close(1.5, r.PackagingKgCO2e!.Value);
        Doc.Close(7.5, r.TotalKgCO2e);
        Assert.Contains("\"packagingKgCO2e\"", PcfCert.Footprint.Documents.ResultDocument.Write(r), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_without_packaging_inputs_states_no_packaging_figure()
    {
        var r = Doc.Calculate(Doc.OneProcess("""[ { "factor": "film", "amount": 3, "unit": "kg" } ]""",
            factors: """[ { "id": "film", "unit": "kg", "kgCO2e": 2 } ]"""));
        Assert.Null(r.PackagingKgCO2e);
        Assert.DoesNotContain("packagingKgCO2e", PcfCert.Footprint.Documents.ResultDocument.Write(r), StringComparison.Ordinal);
    }

    [Fact]
    public void Packaging_on_a_process_input_is_an_error_at_its_path()
    {
        var json = Doc.Model("""
            [ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "piece" },
                "inputs": [ { "process": "b", "amount": 1, "unit": "piece", "packaging": true } ] },
              { "id": "b", "stage": "raw-material-acquisition", "output": { "amount": 1, "unit": "piece" } } ]
            """);
        var e = Assert.Single(Doc.Errors(json));
        Assert.Equal(ErrorCode.InvalidValue, e.Code);
        Assert.Equal("/processes/0/inputs/0/packaging", e.Path);
    }

    [Fact]
    public void Mass_balance_emits_carbon_in_minus_carbon_out_as_co2()
    {
        // in: 1 t coke at 85 % C = 850 kg C; out: 2 t steel at 0.5 % C = 10 kg C, 100 kg slag at 0 %.
        // (850 - 10) × 44/12 = 840 × 3.6667 = 3080 kg CO2.
        var json = Doc.OneProcess(extra: """
            , "massBalance": { "carbonIn": [ { "name": "coke", "amount": 1, "unit": "t", "carbonFraction": 0.85 } ],
                               "carbonOut": [ { "name": "steel", "amount": 2, "unit": "t", "carbonFraction": 0.005 },
                                              { "name": "slag", "amount": 100, "unit": "kg", "carbonFraction": 0 } ] }
            """);
        var r = Doc.Calculate(json);
        Doc.Close(3080, r.TotalKgCO2e);
        Doc.Close(3080, r.ByMethod["massBalance"]);
    }

    [Fact]
    public void Mass_balance_with_more_carbon_out_than_in_is_an_error()
    {
        var json = Doc.OneProcess(extra: """
            , "massBalance": { "carbonIn": [ { "name": "c", "amount": 1, "unit": "kg", "carbonFraction": 0.1 } ],
                               "carbonOut": [ { "name": "d", "amount": 1, "unit": "kg", "carbonFraction": 0.2 } ] }
            """);
        var e = Assert.Single(Doc.Errors(json));
        Assert.Equal(ErrorCode.NegativeMassBalance, e.Code);
        Assert.Equal("/processes/0/massBalance", e.Path);
    }

    [Fact]
    public void Measured_emissions_are_reported_by_method_and_need_their_metadata()
    {
        // 2 kg CO2 measured + 3 kg CO2 calculated directly.
        var ok = Doc.Calculate(Doc.OneProcess(emissions: """
            [ { "gas": "CO2", "amount": 2, "unit": "kg", "measurement": { "instrument": "CEMS", "method": "HJ 75", "period": "2024" } },
              { "gas": "CO2", "amount": 3, "unit": "kg" } ]
            """));
        Doc.Close(2, ok.ByMethod["measured"]);
        Doc.Close(3, ok.ByMethod["directEmission"]);
        var e = Assert.Single(Doc.Errors(Doc.OneProcess(emissions: """
            [ { "gas": "CO2", "amount": 2, "unit": "kg", "measurement": { "instrument": "CEMS", "method": "", "period": "2024" } } ]
            """)));
        Assert.Equal(ErrorCode.MissingMeasurementMetadata, e.Code);
        Assert.Equal("/processes/0/emissions/0/measurement", e.Path);
    }

    [Fact]
    public void Stages_take_the_process_stage_and_all_five_keys_are_present()
    {
        var r = Doc.Calculate(Doc.OneProcess("""[ { "factor": "f", "amount": 1, "unit": "kg" } ]""",
            factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 2 } ]"""));
        Assert.Equal(["raw-material-acquisition", "production", "distribution", "use", "end-of-life"], r.ByStage.Keys);
        Doc.Close(2, r.ByStage["production"]);
        Doc.Close(r.TotalKgCO2e, r.ByStage.Values.Sum());
    }
}
