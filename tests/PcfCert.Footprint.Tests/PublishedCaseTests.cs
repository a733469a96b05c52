namespace PcfCert.Footprint.Tests;

/// <summary>Published reference cases run as theory rows.</summary>
public class PublishedCaseTests
{
    /// <summary>
    /// R. Heijungs and S. Suh, "The Computational Structure of Life Cycle Assessment" (Kluwer, 2002), chapter 2:
    /// electricity production makes 10 kWh from 2 litres of fuel and emits 1 kg CO2; fuel production makes 100 litres
    /// and emits 10 kg CO2. For 1000 kWh the scaling vector is (100, 2) and the inventory 100 × 1 + 2 × 10 = 120 kg CO2.
    /// </summary>
    [Fact]
    public void Heijungs_and_Suh_chapter_2_gives_scaling_100_and_2_and_120_kg_co2()
    {
        var json = Doc.Model("""
            [ { "id": "electricity", "stage": "production", "output": { "amount": 10, "unit": "kWh" },
                "inputs": [ { "process": "fuel", "amount": 2, "unit": "L" } ], "emissions": [ { "gas": "CO2", "amount": 1, "unit": "kg" } ] },
              { "id": "fuel", "stage": "raw-material-acquisition", "output": { "amount": 100, "unit": "L" },
                "emissions": [ { "gas": "CO2", "amount": 10, "unit": "kg" } ] } ]
            """, reference: "electricity", product: """{ "name": "electricity", "declaredUnit": { "amount": 1000, "unit": "kWh" } }""");
        var r = Doc.Calculate(json);
        Assert.Equal(120, r.TotalKgCO2e);
        Assert.Equal(100, r.ByProcess.Single(p => p.Id == "electricity").Scaling);
        Assert.Equal(2, r.ByProcess.Single(p => p.Id == "fuel").Scaling);
    }
}
