using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Schemes;

namespace PcfCert.Certification.Tests.Schemes;

public sealed class SchemeCatalogLoaderTests
{
    [Fact]
    public void The_real_schemes_directory_loads_both_rules()
    {
        var catalog = SchemeCatalogLoader.LoadFromDirectory(RepositoryPaths.SchemesDirectory);
        Assert.Equal(["cec-7065cvp-a0", "zcxh-xz-15-2024-v4.0"], catalog.Schemes.Select(s => s.Id));
    }
}
