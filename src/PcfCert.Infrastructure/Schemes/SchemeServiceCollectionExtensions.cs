using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PcfCert.Certification.Calendar;
using PcfCert.Certification.Schemes;

namespace PcfCert.Infrastructure.Schemes;

/// <summary>Registers the scheme catalog and the working calendar.</summary>
public static class SchemeServiceCollectionExtensions
{
    /// <summary>
    /// Loads every definition in <paramref name="directory"/> now, so a broken file stops start-up
    /// with a <see cref="SchemeDefinitionException"/>, and registers the catalog, the Chinese working
    /// calendar and <see cref="TimeProvider.System"/> (unless a TimeProvider is already registered).
    /// </summary>
    public static IServiceCollection AddSchemeCatalog(this IServiceCollection services, string directory)
    {
        var catalog = SchemeCatalogLoader.LoadFromDirectory(directory);
        services.AddSingleton(catalog);
        services.TryAddSingleton<IWorkingCalendar>(ChineseWorkingCalendar.Default);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
