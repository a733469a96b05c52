using PcfCert.Footprint.Model;

namespace PcfCert.Footprint.Calculation;

/// <summary>Which stages a system boundary admits (GB/T 24067-2024 6.3.4).</summary>
internal static class Boundaries
{
    public static bool Admits(SystemBoundary boundary, LifeCycleStage stage) => boundary switch
    {
        SystemBoundary.GateToGate => stage == LifeCycleStage.Production,
        SystemBoundary.CradleToGate => stage is LifeCycleStage.RawMaterialAcquisition or LifeCycleStage.Production,
        _ => true,
    };
}
