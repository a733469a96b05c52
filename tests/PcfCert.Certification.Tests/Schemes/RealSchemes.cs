using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Schemes;

namespace PcfCert.Certification.Tests.Schemes;

/// <summary>The real definitions from schemes/, loaded once for all tests.</summary>
internal static class RealSchemes
{
    private static readonly Lazy<SchemeCatalog> Lazy = new(() => SchemeCatalogLoader.LoadFromDirectory(RepositoryPaths.SchemesDirectory));

    public static SchemeCatalog Catalog => Lazy.Value;

    public static SchemeDefinition Cec => Catalog.Get("cec-7065cvp-a0");

    public static SchemeDefinition Pcec => Catalog.Get("zcxh-xz-15-2024-v4.0");
}
