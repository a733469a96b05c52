using PcfCert.Web.Features;
using Scalar.AspNetCore;
using Serilog;

namespace PcfCert.Web.Hosting;

public static class Pipeline
{
    public static WebApplication UsePcfCertPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use((context, next) =>
        {
            // The correlation id a user reads off an error page is the one in the logs and this header.
            // Set when the response starts, because the exception handler clears headers before re-executing.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["X-Correlation-Id"] = context.TraceIdentifier;
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging(o => o.EnrichDiagnosticContext = (d, c) => d.Set("CorrelationId", c.TraceIdentifier));

        app.UseWhen(IsApi, api => api.UseExceptionHandler());
        app.UseWhen(c => !IsApi(c), ui =>
        {
            ui.UseExceptionHandler("/Errors/Error");
            ui.UseStatusCodePagesWithReExecute("/Errors/Status", "?code={0}");
        });

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseRequestLimits();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<Features.Registry.RegistryPageCache>();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("PcfCert API")).AllowAnonymous();
        app.MapRazorPages();
        app.MapPcfCertApi();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
