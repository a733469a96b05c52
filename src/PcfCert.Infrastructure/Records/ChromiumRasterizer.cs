using System.Diagnostics;
using PcfCert.Infrastructure.Certificates;

namespace PcfCert.Infrastructure.Records;

/// <summary>Rasterizes an HTML page to PNG with headless Chromium's screenshot at an exact window size (the certification mark).</summary>
public sealed class ChromiumRasterizer(PdfOptions options)
{
    public async Task<byte[]> PngAsync(string html, int width, int height, CancellationToken ct)
    {
        if (!File.Exists(options.ChromiumPath))
        {
            throw new PdfUnavailableException(
                $"Images are rendered with Chromium, which is not installed at '{options.ChromiumPath}'. Install it (Debian: apt-get install chromium fonts-noto-cjk) or set Pdf:ChromiumPath.");
        }
        var work = Directory.CreateTempSubdirectory("pcfcert-png-");
        try
        {
            var input = Path.Combine(work.FullName, "mark.html");
            var output = Path.Combine(work.FullName, "mark.png");
            await File.WriteAllTextAsync(input, html, ct);
            var start = new ProcessStartInfo(options.ChromiumPath) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-extensions", "--force-device-scale-factor=1", $"--window-size={width},{height}",
                $"--user-data-dir={Path.Combine(work.FullName, "profile")}", $"--screenshot={output}", new Uri(input).AbsoluteUri,
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
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode} without a PNG: {await stderr}");
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
                // A Chromium helper may still hold a file for a moment.
            }
        }
    }
}
