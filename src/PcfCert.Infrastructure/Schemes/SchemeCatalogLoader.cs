using PcfCert.Certification.Schemes;

namespace PcfCert.Infrastructure.Schemes;

/// <summary>
/// Reads every <c>*.json</c> file of the schemes directory and hands the texts to the domain parser.
/// Other files (a README, say) are ignored; sub-directories are not searched.
/// </summary>
public static class SchemeCatalogLoader
{
    /// <summary>Loads the catalog from <paramref name="directory"/>.</summary>
    /// <exception cref="SchemeDefinitionException">A file is invalid (every error listed), the directory is missing or holds no definition.</exception>
    public static SchemeCatalog LoadFromDirectory(string directory)
    {
        var fullPath = Path.GetFullPath(directory);
        if (!Directory.Exists(fullPath))
        {
            throw new SchemeDefinitionException([new SchemeDefinitionError(fullPath, "", "the scheme directory does not exist")]);
        }

        var files = Directory.GetFiles(fullPath, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new SchemeDefinitionException([new SchemeDefinitionError(fullPath, "", "the scheme directory holds no *.json definition file")]);
        }

        return SchemeCatalog.Load(files.Select(f => new SchemeSource(Path.GetFileName(f), File.ReadAllText(f))));
    }
}
