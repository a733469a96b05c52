using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Migrations.Sqlite;

// Used only by `dotnet ef migrations add`; the app configures the context itself.
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PcfCertDbContext>
{
    public PcfCertDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PcfCertDbContext>();
        DatabaseRegistration.UseSqlite(builder, "Data Source=design-time.db");
        return new PcfCertDbContext(builder.Options);
    }
}
