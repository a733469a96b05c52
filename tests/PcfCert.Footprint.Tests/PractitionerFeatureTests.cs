using PcfCert.Footprint.Documents;

namespace PcfCert.Footprint.Tests;

/// <summary>Item 5 of issue 16: substitution, contribution tree, zero-impact flows, other metrics.</summary>
public class PractitionerFeatureTests
{
    [Fact]
    public void Avoided_factor_product_is_a_credit_shown_apart()
    {
        // 1 kWh grid (0.5) used; 0.2 kg recovered aluminium displaces primary aluminium (8 kg CO2e/kg): 0.5 − 1.6 = −1.1.
        var json = Doc.OneProcess("""
            [ { "factor": "grid", "amount": 1, "unit": "kWh" }, { "factor": "al", "amount": 0.2, "unit": "kg", "avoided": true } ]
            """, factors: """[ { "id": "grid", "unit": "kWh", "kgCO2e": 0.5 }, { "id": "al", "unit": "kg", "kgCO2e": 8 } ]""");
        var r = Doc.Calculate(json);
        Doc.Close(-1.1, r.TotalKgCO2e);
        Doc.Close(-1.6, r.AvoidedKgCO2e);
        Assert.Contains("\"avoidedKgCO2e\": -1.6", ResultDocument.Write(r), StringComparison.Ordinal);
    }

    [Fact]
    public void Avoided_process_product_runs_the_displaced_process_negatively()
    {
        // a makes 1 piece, emits 2 kg CO2 and 0.5 kWh of heat that displaces b (0.3 kg CO2 per kWh): 2 − 0.15 = 1.85.
        var json = Doc.Model("""
            [ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "piece" },
                "inputs": [ { "process": "b", "amount": 0.5, "unit": "kWh", "avoided": true } ], "emissions": [ { "gas": "CO2", "amount": 2, "unit": "kg" } ] },
              { "id": "b", "stage": "production", "output": { "amount": 1, "unit": "kWh" }, "emissions": [ { "gas": "CO2", "amount": 0.3, "unit": "kg" } ] } ]
            """);
        var r = Doc.Calculate(json);
        Doc.Close(1.85, r.TotalKgCO2e);
        Doc.Close(-0.5, r.ByProcess.Single(p => p.Id == "b").Scaling);
        Doc.Close(-0.15, r.AvoidedKgCO2e);
    }

    [Fact]
    public void Non_ghg_and_unknown_flows_are_carried_at_zero_impact()
    {
        // Heijungs & Suh chapter 2 with its SO2: electricity 0.1 kg SO2 per 10 kWh, fuel 2 kg SO2 per 100 L:
        // for 1000 kWh, SO2 = 100 × 0.1 + 2 × 2 = 14 kg, at zero GWP; CO2 stays 120 kg.
        var json = Doc.Model("""
            [ { "id": "electricity", "stage": "production", "output": { "amount": 10, "unit": "kWh" },
                "inputs": [ { "process": "fuel", "amount": 2, "unit": "L" } ],
                "emissions": [ { "gas": "CO2", "amount": 1, "unit": "kg" }, { "gas": "SO2", "amount": 0.1, "unit": "kg" } ] },
              { "id": "fuel", "stage": "raw-material-acquisition", "output": { "amount": 100, "unit": "L" },
                "emissions": [ { "gas": "CO2", "amount": 10, "unit": "kg" }, { "gas": "SO2", "amount": 2, "unit": "kg" } ] } ]
            """, reference: "electricity", product: """{ "name": "electricity", "declaredUnit": { "amount": 1000, "unit": "kWh" } }""");
        var r = Doc.Calculate(json);
        Assert.Equal(120, r.TotalKgCO2e);
        Doc.Close(14, r.UncharacterisedFlows["SO2"]);
        Assert.DoesNotContain("SO2", r.ByGas.Keys);
    }

    [Fact]
    public void Gwp20_and_gtp100_are_reported_beside_gwp100()
    {
        // 1 kg CO2 + 0.01 kg fossil CH4 + 0.001 kg N2O (AR6): GWP100 1 + 0.298 + 0.273 = 1.571;
        // GWP20 1 + 0.812 + 0.273 = 2.085; GTP100 1 + 0.0538 + 0.233 = 1.2868; a 0.5 kg CO2e factor stays 0.5 in both.
        var json = Doc.OneProcess("""[ { "factor": "f", "amount": 1, "unit": "kg" } ]""",
            emissions: """[ { "gas": "CO2", "amount": 1, "unit": "kg" }, { "gas": "CH4", "amount": 0.01, "unit": "kg" }, { "gas": "N2O", "amount": 0.001, "unit": "kg" } ]""",
            factors: """[ { "id": "f", "unit": "kg", "kgCO2e": 0.5 } ]""");
        var r = Doc.Calculate(json);
        Doc.Close(2.071, r.TotalKgCO2e);
        var gwp20 = r.OtherMetrics.Single(m => m.Metric == "GWP20");
        var gtp100 = r.OtherMetrics.Single(m => m.Metric == "GTP100");
        Doc.Close(2.585, gwp20.KgCO2e);
        Doc.Close(1.7868, gtp100.KgCO2e);
        Assert.Equal(0.5, gwp20.PrecharacterisedKgCO2e);
        Assert.Empty(Doc.Calculate(json.Replace("\"AR6\"", "\"AR5\"", StringComparison.Ordinal)).OtherMetrics);
    }

    [Fact]
    public void Contribution_tree_has_cumulative_shares_along_upstream_paths()
    {
        // Heijungs & Suh: root electricity (1000 kWh) carries all 120 kg; its child fuel (200 L) carries 2 × 10 = 20 kg.
        var json = Doc.Model("""
            [ { "id": "electricity", "stage": "production", "output": { "amount": 10, "unit": "kWh" },
                "inputs": [ { "process": "fuel", "amount": 2, "unit": "L" } ], "emissions": [ { "gas": "CO2", "amount": 1, "unit": "kg" } ] },
              { "id": "fuel", "stage": "raw-material-acquisition", "output": { "amount": 100, "unit": "L" },
                "emissions": [ { "gas": "CO2", "amount": 10, "unit": "kg" } ] } ]
            """, reference: "electricity", product: """{ "name": "electricity", "declaredUnit": { "amount": 1000, "unit": "kWh" } }""");
        var t = Doc.Calculate(json).ContributionTree!;
        Assert.Equal(2, t.Nodes.Count);
        var (root, fuel) = (t.Nodes[0], t.Nodes[1]);
        Assert.Equal(("electricity", -1, 1000.0), (root.Process, root.Parent, root.Amount));
        Doc.Close(120, root.KgCO2e);
        Doc.Close(100, root.DirectKgCO2e);
        Assert.Equal(("fuel", 0), (fuel.Process, fuel.Parent));
        Doc.Close(200, fuel.Amount);
        Doc.Close(20, fuel.KgCO2e);
        Doc.Close(20.0 / 120, fuel.Share);
    }

    [Fact]
    public void Contribution_tree_unrolls_a_cycle_until_the_threshold()
    {
        // The two-process cycle of NetworkTests: total 0.7/0.98 = 0.714286; a → b → a → … each lap × 0.02.
        var json = Doc.Model("""
            [ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "piece" },
                "inputs": [ { "process": "b", "amount": 2, "unit": "kg" }, { "factor": "grid", "amount": 1, "unit": "kWh" } ] },
              { "id": "b", "stage": "production", "output": { "amount": 10, "unit": "kg" },
                "inputs": [ { "process": "a", "amount": 0.1, "unit": "piece" } ], "emissions": [ { "gas": "CO2", "amount": 1, "unit": "kg" } ] } ]
            """, """[ { "id": "grid", "unit": "kWh", "kgCO2e": 0.5 } ]""");
        var t = Doc.Calculate(json, new CalculationOptions { ContributionTreeThreshold = 0.001 }).ContributionTree!;
        Doc.Close(0.7 / 0.98, t.Nodes[0].KgCO2e);
        // b, 2 kg: cumulative 2 × λ_b; λ_b = (0.1 + 0.1 λ_a·…) — checked through the parent-child identity instead:
        // a node's cumulative = its direct part + the cumulative of its children (nothing is cut above 0.1 %).
        var children = t.Nodes.Where(n => n.Parent == 0).Sum(n => n.KgCO2e);
        Doc.Close(t.Nodes[0].KgCO2e, t.Nodes[0].DirectKgCO2e + children, 1e-12);
        Assert.True(t.Nodes.Count is > 3 and < 20);
        Assert.All(t.Nodes.Skip(1), n => Assert.True(n.Share >= 0.001));
    }
}
