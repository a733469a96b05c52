namespace PcfCert.Certification.Schemes;

/// <summary>Catalog ids of the two seed schemes, for code that names one (demo data, defaults).</summary>
public static class SchemeIds
{
    /// <summary>CEC-7065CVP-A/0 (中环联合认证中心, electronic components).</summary>
    public const string Cec = "cec-7065cvp-a0";

    /// <summary>ZCXH/XZ-15-2024 V4.0 (中创新海 PCEC).</summary>
    public const string Pcec = "zcxh-xz-15-2024-v4.0";
}
