using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PcfCert.Infrastructure.Persistence;

public static class DatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "PcfCert.Migrations.Sqlite";
    public const string PostgreSqlMigrationsAssembly = "PcfCert.Migrations.PostgreSql";

    /// <summary>
    /// Registers <see cref="PcfCertDbContext"/> on the configured provider. The provider is explicit
    /// (<c>Database:Provider</c>); an unknown value or a PostgreSQL set-up without a connection string stops start-up.
    /// </summary>
    public static IServiceCollection AddPcfCertDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("PcfCert");
        services.AddSingleton(options);
        services.AddScoped<Audit.AuditInterceptor>();
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    var path = Path.GetFullPath(options.SqlitePath);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    connectionString = $"Data Source={path}";
                }
                services.AddDbContext<PcfCertDbContext>((sp, o) => UseSqlite(o, connectionString).AddInterceptors(sp.GetRequiredService<Audit.AuditInterceptor>()));
                break;
            case DatabaseProvider.PostgreSQL:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is PostgreSQL but ConnectionStrings:PcfCert is not set.");
                }
                services.AddDbContext<PcfCertDbContext>((sp, o) => UsePostgreSql(o, connectionString).AddInterceptors(sp.GetRequiredService<Audit.AuditInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported; use Sqlite or PostgreSQL.");
        }
        return services;
    }

    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));

    public static DbContextOptionsBuilder UsePostgreSql(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgreSqlMigrationsAssembly));
}
