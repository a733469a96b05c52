using Microsoft.EntityFrameworkCore;

namespace PcfCert.Web.Features.Registry;

public static class RegistryRegistration
{
    /// <summary>The registry's in-memory cache and the watcher that clears it on any certificate change.</summary>
    public static IServiceCollection AddRegistryCache(this IServiceCollection services)
    {
        services.AddSingleton<RegistryCache>();
        services.AddSingleton<RegistryCacheInterceptor>();
        services.ConfigureDbContext<Infrastructure.Persistence.PcfCertDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<RegistryCacheInterceptor>()));
        services.AddHostedService<RegistryChangeWatcher>();
        return services;
    }
}
