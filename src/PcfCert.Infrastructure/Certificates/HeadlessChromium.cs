using System.Diagnostics;

namespace PcfCert.Infrastructure.Certificates;

/// <summary>
/// Runs headless Chromium once over an HTML document and returns the file it wrote (a PDF print or a PNG
/// screenshot). Each run has its own temporary profile directory, so concurrent runs do not share state, and is
/// killed when it passes <see cref="PdfOptions.TimeoutSeconds"/>.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly string[] CommonArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-extensions",
    ];

    /// <param name="options">Where Chromium is and how long a run may take.</param>
    /// <param name="html">The document.</param>
    /// <param name="outputName">File name Chromium writes, e.g. <c>certificate.pdf</c>.</param>
    /// <param name="arguments">The run's own arguments, given the output path (<c>--print-to-pdf=…</c>, <c>--screenshot=…</c>).</param>
    /// <param name="ct">Cancels the run.</param>
    public static async Task<byte[]> RunAsync(PdfOptions options, string html, string outputName, Func<string, IEnumerable<string>> arguments, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("pcfcert-chromium-");
        try
        {
            var input = Path.Combine(work.FullName, Path.ChangeExtension(outputName, ".html"));
            var output = Path.Combine(work.FullName, outputName);
            await File.WriteAllTextAsync(input, html, ct);
            var start = new ProcessStartInfo(options.ChromiumPath) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in CommonArguments.Concat(arguments(output))
                .Append($"--user-data-dir={Path.Combine(work.FullName, "profile")}").Append(new Uri(input).AbsoluteUri))
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
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode} without writing {outputName}: {await stderr}");
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
