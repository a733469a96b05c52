namespace PcfCert.Certification.Tests.Schemes;

/// <summary>Finds the repository by walking up from the test binaries to the folder holding PcfCert.slnx.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SchemesDirectory => Path.Combine(Root, "schemes");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PcfCert.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No PcfCert.slnx above {AppContext.BaseDirectory}.");
    }
}
