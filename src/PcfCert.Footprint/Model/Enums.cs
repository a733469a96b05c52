namespace PcfCert.Footprint.Model;

/// <summary>IPCC GWP100 table used to characterise gases.</summary>
public enum GwpSet
{
    /// <summary>IPCC AR5 (2013) WG1 Table 8.A.1, without climate-carbon feedback.</summary>
    AR5,
    /// <summary>IPCC AR6 (2021) WG1 Table 7.SM.7, methane split per Table 7.15.</summary>
    AR6,
}

/// <summary>System boundary of the study (GB/T 24067 / ISO 14067).</summary>
public enum SystemBoundary
{
    /// <summary><c>gate-to-gate</c>: production only.</summary>
    GateToGate,
    /// <summary><c>cradle-to-gate</c>: raw material acquisition and production.</summary>
    CradleToGate,
    /// <summary><c>cradle-to-grave</c>: all five stages.</summary>
    CradleToGrave,
}

/// <summary>Life-cycle stage of a process.</summary>
public enum LifeCycleStage
{
    /// <summary><c>raw-material-acquisition</c>.</summary>
    RawMaterialAcquisition,
    /// <summary><c>production</c>.</summary>
    Production,
    /// <summary><c>distribution</c>.</summary>
    Distribution,
    /// <summary><c>use</c>.</summary>
    Use,
    /// <summary><c>end-of-life</c>.</summary>
    EndOfLife,
}

/// <summary>Origin of an emission (ISO 14067 6.4.9).</summary>
public enum Origin
{
    /// <summary><c>fossil</c>.</summary>
    Fossil,
    /// <summary><c>biogenic</c>.</summary>
    Biogenic,
    /// <summary><c>dluc</c>: direct land-use change.</summary>
    Dluc,
    /// <summary><c>land-management</c>.</summary>
    LandManagement,
}

/// <summary>Probability distribution of an uncertain amount or factor value.</summary>
public enum DistributionKind
{
    /// <summary><c>lognormal</c> with geometric standard deviation <c>gsd</c>; the stated value is the median.</summary>
    Lognormal,
    /// <summary><c>normal</c> with standard deviation <c>sd</c> in the unit of the value; the stated value is the mean.</summary>
    Normal,
    /// <summary><c>triangular</c> with <c>min</c>, <c>mode</c>, <c>max</c> in the unit of the value.</summary>
    Triangular,
    /// <summary><c>uniform</c> with <c>min</c>, <c>max</c> in the unit of the value.</summary>
    Uniform,
}
