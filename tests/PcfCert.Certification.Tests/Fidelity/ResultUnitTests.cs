using System.Text.Json.Nodes;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Tests.Schemes;
using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>Issue 17 item 4: CEC 5.4.3.1 相关结果应以吨二氧化碳当量（tCO₂e）表示, converted in one place.</summary>
public sealed class ResultUnitTests
{
    [Fact]
    public void Cec_5_4_3_1_states_results_in_tonnes_and_pcec_in_kilograms()
    {
        Assert.Equal(FootprintResultUnit.Tonne, FootprintResultUnit.Of(RealSchemes.Cec));
        Assert.Equal(FootprintResultUnit.Kilogram, FootprintResultUnit.Of(RealSchemes.Pcec));
        // 12.5 kg = 12.5 / 1000 t = 0.0125 t; docs/model-format.md's 0.960197852425 kg → 0.9602 kg (0.0001 kg) → 0.0009602 t.
        Assert.Equal(0.0125m, FootprintResultUnit.Tonne.FromKg(12.5));
        Assert.Equal(0.0009602m, FootprintResultUnit.Tonne.FromKg(0.960197852425));
        Assert.Equal(0.9602m, FootprintResultUnit.Kilogram.FromKg(0.960197852425));
        Assert.Equal("0.0125 t CO2e/1 piece", FootprintResultUnit.Tonne.Format(12.5, "1 piece"));
    }

    [Fact]
    public void Cec_5_4_3_1_the_certificate_states_the_verified_value_in_the_schemes_unit_and_the_kg_value_stays()
    {
        var cec = Certificate(B.Cec());
        Assert.Equal(0.0125m, cec.Particulars.FootprintValue);                 // builder's model: 12.5 kg CO2e per piece
        Assert.Equal("t CO2e/1 piece", cec.Particulars.FootprintUnit);
        Assert.Equal(12.5, cec.App.VerifiedValue!.KgCO2e);

        var pcec = Certificate(B.Pcec());
        Assert.Equal(12.5m, pcec.Particulars.FootprintValue);
        Assert.Equal("kg CO2e/1 piece", pcec.Particulars.FootprintUnit);
    }

    [Fact]
    public void The_unit_follows_the_scheme_parameter_result_unit_kg()
    {
        var flipped = TestSchemes.Pcec(d => d["parameters"]!["resultUnitKg"] = JsonNode.Parse("""{ "value": 1000, "clause": "x", "source": "x", "bound": "exactly" }"""));
        Assert.Equal(FootprintResultUnit.Tonne, FootprintResultUnit.Of(flipped));
        Assert.Equal("t CO2e/1 piece", Certificate(new B(flipped)).Particulars.FootprintUnit);
    }

    private static (CertificationApplication App, CertificateParticulars Particulars) Certificate(B b)
    {
        var app = b.AwaitingDecision();
        app.Decide(b.Scheme, B.DecisionMaker, true, null, B.Start.AddDays(21));
        var request = new CertificateRequest(0, new DateOnly(2025, 3, 25), new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), SystemBoundary.CradleToGate);
        return (app, app.CertificateFor(b.Scheme, request, new DateOnly(2025, 3, 25)).Particulars);
    }
}
