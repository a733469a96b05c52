namespace PcfCert.Cli;

/// <summary>Process exit codes of <c>pcfcert</c>; documented in docs/cli.md.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;
    /// <summary>The model is invalid or cannot be calculated (errors printed with their JSON path).</summary>
    public const int ModelError = 1;
    /// <summary>Wrong command line, or the model file cannot be read or the result file written.</summary>
    public const int Usage = 2;
    /// <summary>With <c>--strict</c>: the calculation succeeded but a check (cut-off) failed.</summary>
    public const int StrictCheckFailed = 3;
}
