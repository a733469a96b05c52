namespace PcfCert.Web.Features.Pact;

public static class PactRegistration
{
    public static IServiceCollection AddPact(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PactOptions>(configuration.GetSection("Pact"));
        services.AddScoped<PactEvents>();
        services.AddScoped<PublishPactFootprints>();
        services.AddScoped<DeliverPactEvents>();
        services.AddScoped<GrantPactAccess>();
        services.AddHttpClient("pact-events", c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<PactWorker>();
        return services;
    }
}
