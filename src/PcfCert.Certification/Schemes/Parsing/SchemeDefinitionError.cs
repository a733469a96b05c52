namespace PcfCert.Certification.Schemes;

/// <summary>One problem in a definition file.</summary>
/// <param name="File">The file name the text came from.</param>
/// <param name="Path">JSON Pointer to the offending value, e.g. "/parameters/rectificationMonths"; "" for the whole document.</param>
/// <param name="Reason">What is wrong.</param>
public sealed record SchemeDefinitionError(string File, string Path, string Reason)
{
    /// <summary>"file: /path: reason".</summary>
    public override string ToString() => $"{File}: {(Path.Length == 0 ? "/" : Path)}: {Reason}";
}
