using PcfCert.Footprint;

namespace PcfCert.Cli;

/// <summary>Prints errors one per line: file, JSON pointer, code, reason.</summary>
internal static class ErrorPrinter
{
    public static void Print(IReadOnlyList<Error> errors, string file, TextWriter w)
    {
        foreach (var e in errors)
            w.WriteLine($"{file}:{(e.Path.Length == 0 ? "/" : e.Path)}: error {e.Code}: {e.Message}");
        w.WriteLine($"{errors.Count} error(s).");
    }
}
