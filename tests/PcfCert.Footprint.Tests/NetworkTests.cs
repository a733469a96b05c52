namespace PcfCert.Footprint.Tests;

public class NetworkTests
{
    [Fact]
    public void Two_process_cycle_is_solved_as_a_linear_system()
    {
        // a: 1 piece, uses 2 kg of b and 1 kWh grid (0.5 kg CO2e/kWh).
        // b: 10 kg, uses 0.1 piece of a and emits 1 kg CO2.
        // Balance: s_a = 1 + 0.1 s_b ; 10 s_b = 2 s_a  →  s_b = 0.2 s_a, s_a = 1 + 0.02 s_a → s_a = 1/0.98.
        // Total = s_a·0.5 + s_b·1 = s_a (0.5 + 0.2) = 0.7/0.98 = 0.714285714285…
        var json = Doc.Model("""
            [ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "piece" },
                "inputs": [ { "process": "b", "amount": 2, "unit": "kg" }, { "factor": "grid", "amount": 1, "unit": "kWh" } ] },
              { "id": "b", "stage": "production", "output": { "amount": 10, "unit": "kg" },
                "inputs": [ { "process": "a", "amount": 0.1, "unit": "piece" } ],
                "emissions": [ { "gas": "CO2", "amount": 1, "unit": "kg" } ] } ]
            """, """[ { "id": "grid", "unit": "kWh", "kgCO2e": 0.5 } ]""");
        var r = Doc.Calculate(json);
        Doc.Close(0.7 / 0.98, r.TotalKgCO2e);
        Doc.Close(1 / 0.98, r.ByProcess.Single(p => p.Id == "a").Scaling);
        Doc.Close(0.2 / 0.98, r.ByProcess.Single(p => p.Id == "b").Scaling);
        Assert.Equal(1, r.Solver.CyclicBlocks);
        Assert.Contains("sparse-lu", r.Solver.Methods);
        Assert.True(r.Solver.RelativeResidual <= 1e-9);
    }

    [Fact]
    public void Self_use_reduces_net_output()
    {
        // A power plant making 100 kWh uses 10 kWh of its own output: net 90 kWh, 9 kg CO2 per run.
        // 1 kWh demanded → s = 1/90, total = 9/90 = 0.1.
        var json = Doc.Model("""
            [ { "id": "a", "stage": "production", "output": { "amount": 100, "unit": "kWh" },
                "inputs": [ { "process": "a", "amount": 10, "unit": "kWh" } ],
                "emissions": [ { "gas": "CO2", "amount": 9, "unit": "kg" } ] } ]
            """, product: """{ "name": "e", "declaredUnit": { "amount": 1, "unit": "kWh" } }""");
        Doc.Close(0.1, Doc.Calculate(json).TotalKgCO2e);
    }

    [Fact]
    public void Chain_is_solved_by_substitution_and_unused_processes_are_not_reported()
    {
        // a uses 0.5 t of b (b makes 1000 kg per run, 1000 kg CO2 per run): s_b = 0.5, total 500 kg.
        var json = Doc.Model("""
            [ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "piece" },
                "inputs": [ { "process": "b", "amount": 0.5, "unit": "t" } ] },
              { "id": "b", "stage": "raw-material-acquisition", "output": { "amount": 1000, "unit": "kg" },
                "emissions": [ { "gas": "CO2", "amount": 1, "unit": "t" } ] },
              { "id": "unused", "stage": "production", "output": { "amount": 1, "unit": "kg" } } ]
            """);
        var r = Doc.Calculate(json);
        Doc.Close(500, r.TotalKgCO2e);
        Assert.Equal(["b", "a"], r.ByProcess.Select(p => p.Id));
        Assert.Equal(0, r.Solver.CyclicBlocks);
        Doc.Close(500, r.ByStage["raw-material-acquisition"]);
    }

    [Fact]
    public void Cycle_without_net_output_is_a_singular_system_naming_both_processes()
    {
        // a needs 1 kg of b per piece and b needs 1 piece of a per kg: det [[1,-1],[-1,1]] = 0.
        var json = Doc.Model("""
            [ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "piece" }, "inputs": [ { "process": "b", "amount": 1, "unit": "kg" } ] },
              { "id": "b", "stage": "production", "output": { "amount": 1, "unit": "kg" }, "inputs": [ { "process": "a", "amount": 1, "unit": "piece" } ] } ]
            """);
        var e = Assert.Single(Doc.Errors(json));
        Assert.Equal(ErrorCode.SingularSystem, e.Code);
        Assert.Equal("a,b", string.Join(",", e.Arguments["processes"].Split(',').Order()));
    }

    [Fact]
    public void Cycle_that_consumes_more_than_it_makes_is_a_negative_scaling()
    {
        // a uses 1 kg b; b (1 kg) uses 2 pieces of a: s_a = 1 + 2 s_b, s_b = s_a → s_a = -1.
        var json = Doc.Model("""
            [ { "id": "a", "stage": "production", "output": { "amount": 1, "unit": "piece" }, "inputs": [ { "process": "b", "amount": 1, "unit": "kg" } ] },
              { "id": "b", "stage": "production", "output": { "amount": 1, "unit": "kg" }, "inputs": [ { "process": "a", "amount": 2, "unit": "piece" } ] } ]
            """);
        var e = Assert.Single(Doc.Errors(json));
        Assert.Equal(ErrorCode.NegativeScaling, e.Code);
        Assert.Contains("a", e.Arguments["processes"].Split(','));
    }

    [Fact]
    public void Zero_output_process_can_never_be_scaled()
    {
        var json = Doc.Model("""[ { "id": "a", "stage": "production", "output": { "amount": 0, "unit": "piece" } } ]""");
        var e = Assert.Single(Doc.Errors(json));
        Assert.Equal(ErrorCode.SingularSystem, e.Code);
        Assert.Equal("/processes/0/output/amount", e.Path);
    }
}
