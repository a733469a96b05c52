using PcfCert.Footprint.Background;

namespace PcfCert.Footprint.Tests.Background;

/// <summary>The public USLCI sample shipped in Background/data/uslci-fy17-q4 (MIT, see its SOURCE.md), as package entries.</summary>
public static class UslciSample
{
    public const string RefuseTruck = "015667f8-18c8-3f3c-bcb9-903185af6f04";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Background", "data", "uslci-fy17-q4");

    /// <summary>Every .json file of the sample with its path relative to the package root (processes/…, flows/…).</summary>
    public static IReadOnlyList<PackageEntry> Entries() =>
        Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories)
            .Select(f => new PackageEntry(Path.GetRelativePath(Folder, f).Replace('\\', '/'), File.ReadAllText(f)))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ToList();
}
