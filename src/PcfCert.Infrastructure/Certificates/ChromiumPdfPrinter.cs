using System.Diagnostics;

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
        var work = Directory.CreateTempSubdirectory("pcfcert-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "certificate.html");
            var output = Path.Combine(work.FullName, "certificate.pdf");
            await File.WriteAllTextAsync(input, html, ct);
            var start = new ProcessStartInfo(options.ChromiumPath)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
                $"--user-data-dir={Path.Combine(work.FullName, "profile")}", $"--print-to-pdf={output}", new Uri(input).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start) ?? throw new PdfUnavailableException("Chromium did not start.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            if (!File.Exists(output) || new FileInfo(output).Length == 0)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode} without a PDF: {await stderr}");
            }
            return await File.ReadAllBytesAsync(output, ct);
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A Chromium helper may still hold a file for a moment; the temp directory is cleaned by the OS.
            }
        }
    }
}
