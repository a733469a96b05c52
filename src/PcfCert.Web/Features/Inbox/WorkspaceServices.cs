namespace PcfCert.Web.Features.Inbox;

/// <summary>Registers the workspace features: the inbox, notifications and list searches.</summary>
public static class WorkspaceServices
{
    public static IServiceCollection AddWorkspace(this IServiceCollection services)
    {
        services.AddScoped<MyWork>();
        services.AddScoped<Lists.ApplicationSearch>();
        services.AddScoped<Lists.CertificateSearch>();
        services.AddScoped<Notifications.Recipients>();
        services.AddScoped<Notifications.PublishApplicationNotice>();
        services.AddScoped<Notifications.PublishCertificateNotice>();
        services.AddScoped<Notifications.RaiseDeadlineNotices>();
        services.AddScoped<Notifications.MailNotifications>();
        services.AddOptions<Notifications.NotificationOptions>().BindConfiguration(Notifications.NotificationOptions.Section)
            .Validate(o => o.DeadlineDaysBefore >= 0, "Notifications:DeadlineDaysBefore must not be negative.").ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Notifications.NotificationOptions>>().Value);
        services.AddHostedService<Notifications.NotificationWorker>();
        return services;
    }
}
