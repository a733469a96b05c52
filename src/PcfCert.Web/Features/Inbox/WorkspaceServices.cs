namespace PcfCert.Web.Features.Inbox;

/// <summary>Registers the workspace features: the inbox, notifications and list searches.</summary>
public static class WorkspaceServices
{
    public static IServiceCollection AddWorkspace(this IServiceCollection services)
    {
        services.AddScoped<MyWork>();
        return services;
    }
}
