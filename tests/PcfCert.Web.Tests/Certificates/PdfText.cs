using System.Diagnostics;
using UglyToad.PdfPig;

namespace PcfCert.Web.Tests.Certificates;

/// <summary>
/// Reads a PDF's text with PdfPig, renders its first page to PNG with pdftoppm (poppler-utils) and decodes the QR codes
/// on it with zbarimg (zbar-tools), as a phone camera would.
/// </summary>
public static class PdfText
{
    /// <summary>
    /// The text of every page, NFKC-normalized: Noto CJK maps some ideographs to their Kangxi-radical twins in the
    /// PDF's ToUnicode table (足 comes out as U+2F9C ⾜) and Chromium writes "fi" as a ligature.
    /// </summary>
    public static string Extract(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)) + "\n" + p.Text));
        return text.Normalize(System.Text.NormalizationForm.FormKC);
    }

    public static int PageCount(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    public static async Task<byte[]> RenderFirstPageAsync(byte[] pdf, int dpi = 60)
    {
        var dir = Directory.CreateTempSubdirectory("pcfcert-pdf-test-");
        try
        {
            var input = Path.Combine(dir.FullName, "c.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            var start = new ProcessStartInfo("pdftoppm", ["-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", input, Path.Combine(dir.FullName, "page")]);
            using var process = Process.Start(start)!;
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return await File.ReadAllBytesAsync(Path.Combine(dir.FullName, "page.png"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>The payloads of every QR code on the first page, rendered at 200 dpi.</summary>
    public static async Task<IReadOnlyList<string>> ScanQrCodesAsync(byte[] pdf)
    {
        var png = await RenderFirstPageAsync(pdf, dpi: 200);
        var file = Path.Combine(Path.GetTempPath(), $"pcfcert-qr-{Guid.NewGuid():N}.png");
        try
        {
            await File.WriteAllBytesAsync(file, png);
            var start = new ProcessStartInfo("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", file]) { RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"zbarimg found no QR code (exit {process.ExitCode})");
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
