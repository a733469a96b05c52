using System.Text.RegularExpressions;

namespace PcfCert.Security.Tests;

/// <summary>No page source holds an inline script, a style element or attribute, or an inline event handler (issue 12 item 6).</summary>
public sealed partial class SourceChecks
{
    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PcfCert.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void No_cshtml_has_inline_script_or_style()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(Root(), "src", "PcfCert.Web"), "*.cshtml", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 30, $"only {pages.Count} pages found");
        var offences = pages.SelectMany(p => File.ReadAllLines(p).Select((line, i) => (p, i, line)))
            .Where(x => Offence().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Root(), x.p)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>|<style|\\sstyle\\s*=|\\son(click|change|submit|load|input|keyup|keydown)\\s*=|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex Offence();
}
