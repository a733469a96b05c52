using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace PcfCert.Web.Tests.Infrastructure;

/// <summary>Adds /test/throw and /api/test/throw behind the app's own pipeline, to see what a user sees on a bug.</summary>
public sealed class ThrowingEndpoint : IStartupFilter
{
    public const string Secret = "secret-detail-that-must-not-leak";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((HttpContext context, RequestDelegate _) =>
            context.Request.Path.Value?.EndsWith("/test/throw", StringComparison.Ordinal) == true
                ? throw new InvalidOperationException(Secret)
                : Task.CompletedTask);
    };
}
