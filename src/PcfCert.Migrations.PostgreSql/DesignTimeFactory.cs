using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Migrations.PostgreSql;

// Used only by `dotnet ef migrations add`; no server is contacted while scaffolding.
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PcfCertDbContext>
{
    public PcfCertDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PcfCertDbContext>();
        DatabaseRegistration.UsePostgreSql(builder, "Host=localhost;Database=pcfcert_design");
        return new PcfCertDbContext(builder.Options);
    }
}
