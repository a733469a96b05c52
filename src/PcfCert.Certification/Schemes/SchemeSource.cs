namespace PcfCert.Certification.Schemes;

/// <summary>The text of one definition file and the name to report it under.</summary>
/// <param name="FileName">File name for messages.</param>
/// <param name="Json">The file's text.</param>
public sealed record SchemeSource(string FileName, string Json);
