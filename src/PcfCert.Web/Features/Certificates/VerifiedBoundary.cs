using System.Text.Json;
using PcfCert.Certification.Certificates;

namespace PcfCert.Web.Features.Certificates;

/// <summary>The system boundary of the verified model document (<c>boundary</c> of pcfcert.model/1).</summary>
public static class VerifiedBoundary
{
    public static SystemBoundary Of(string? modelJson)
    {
        if (modelJson is null)
        {
            return SystemBoundary.CradleToGate;
        }
        using var doc = JsonDocument.Parse(modelJson);
        return doc.RootElement.TryGetProperty("boundary", out var b) ? b.GetString() switch
        {
            "cradle-to-grave" => SystemBoundary.CradleToGrave,
            "gate-to-gate" => SystemBoundary.GateToGate,
            _ => SystemBoundary.CradleToGate,
        } : SystemBoundary.CradleToGate;
    }
}
