using System.Diagnostics;
using UglyToad.PdfPig;

namespace PcfCert.Web.Tests.Certificates;

/// <summary>Reads a PDF's text with PdfPig and renders its first page to PNG with pdftoppm (poppler-utils).</summary>
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

    public static async Task<byte[]> RenderFirstPageAsync(byte[] pdf)
    {
        var dir = Directory.CreateTempSubdirectory("pcfcert-pdf-test-");
        try
        {
            var input = Path.Combine(dir.FullName, "c.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            var start = new ProcessStartInfo("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", input, Path.Combine(dir.FullName, "page")]);
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
}
