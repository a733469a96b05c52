using PcfCert.Infrastructure.Schemes;

namespace PcfCert.Web.Features.Schemes;

public static class SchemeRegistration
{
    /// <summary>
    /// Loads the scheme definitions now, so a broken file stops start-up. The files are copied next to
    /// the app (see the csproj); <c>Schemes:Directory</c> points elsewhere.
    /// </summary>
    public static WebApplicationBuilder AddSchemes(this WebApplicationBuilder builder)
    {
        var directory = builder.Configuration["Schemes:Directory"] ?? Path.Combine(AppContext.BaseDirectory, "schemes");
        builder.Services.AddSchemeCatalog(directory);
        return builder;
    }
}
