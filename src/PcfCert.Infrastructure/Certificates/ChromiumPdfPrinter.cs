namespace PcfCert.Infrastructure.Certificates;

/// <summary>Where Chromium is; bound from the <c>Pdf</c> configuration section.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>Chromium or Chrome executable used to print HTML to PDF.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Longest time one print may take.</summary>
    public int TimeoutSeconds { get; set; } = 60;
}

/// <summary>PDF printing is not possible on this machine (no Chromium); the endpoint answers 503 with this message.</summary>
public sealed class PdfUnavailableException(string message) : Exception(message);

/// <summary>
/// Prints an HTML document to PDF with headless Chromium (Debian's package; fonts-noto-cjk for Chinese).
/// Each print runs in its own temporary profile directory, so concurrent prints do not share state.
/// </summary>
public sealed class ChromiumPdfPrinter(PdfOptions options)
{
    public bool IsAvailable => File.Exists(options.ChromiumPath);

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        if (!IsAvailable)
        {
            throw new PdfUnavailableException(
                $"Certificate PDFs are printed with Chromium, which is not installed at '{options.ChromiumPath}'. " +
                "Install it (Debian: apt-get install chromium fonts-noto-cjk) or set Pdf:ChromiumPath.");
        }
        return await HeadlessChromium.RunAsync(options, html, "certificate.pdf", output => ["--no-pdf-header-footer", $"--print-to-pdf={output}"], ct);
    }
}
