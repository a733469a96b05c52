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
        return await HeadlessChromium.RunAsync(options, html, "mark.png", output =>
            ["--hide-scrollbars", "--force-device-scale-factor=1", $"--window-size={width},{height}", $"--screenshot={output}"], ct);
    }
}
