using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Access;
using PcfCert.Infrastructure.Identity;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features;
using PcfCert.Web.Features.Schemes;
using PcfCert.Web.Localization;
using Serilog;
using Serilog.Formatting.Compact;

namespace PcfCert.Web.Hosting;

public static class ServiceRegistration
{
    public static WebApplicationBuilder AddPcfCertServices(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        var jsonLogs = builder.Configuration.GetValue<bool>("Logging:Json");
        builder.Services.AddSerilog(log =>
        {
            log.MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning)
                .Enrich.FromLogContext();
            // Written on a background thread: a request only queues its log event (bench/PcfCert.Bench.Registry).
            if (jsonLogs)
            {
                log.WriteTo.Async(a => a.Console(new CompactJsonFormatter()));
            }
            else
            {
                log.WriteTo.Async(a => a.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}"));
            }
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPcfCertDatabase(builder.Configuration);
        builder.Services.AddDataProtection().SetApplicationName("PcfCert").PersistKeysToDbContext<PcfCertDbContext>();
        // Chinese text is written as characters, not as &#x...; entities.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddHealthChecks().AddDbContextCheck<PcfCertDbContext>("database");

        AddIdentity(builder.Services);
        Features.ApiClients.ApiClientRegistration.AddApiClients(builder.Services, builder.Configuration);
        Features.Pact.PactRegistration.AddPact(builder.Services, builder.Configuration);
        Features.Registry.RegistryRegistration.AddRegistryCache(builder.Services);
        AddLocalization(builder.Services);

        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AllowAnonymousToFolder("/Errors");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToFolder("/Registry");
        })
        .AddViewLocalization();
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "pcfcert.af";
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddReverseProxySupport(builder.Configuration);
        builder.Services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.Section);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o =>
            o.MultipartBodyLengthLimit = builder.Configuration.GetValue($"{RequestLimitOptions.Section}:{nameof(RequestLimitOptions.MaxUploadBytes)}", new RequestLimitOptions().MaxUploadBytes));
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.ExcludedHosts.Clear();
        });
        builder.Services.AddExceptionHandler<BadInputExceptionHandler>();
        // A request body or parameter that does not bind throws, so that it answers with a problem document like every other 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddOpenApi();
        builder.Services.AddAuthorization(o =>
        {
            o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            o.AddPolicy(Policies.Administrator, p => p.RequireRole(Roles.Administrator));
            o.AddPolicy(Policies.Staff, p => p.RequireRole([.. Roles.CertificationBodyStaff, Roles.Administrator]));
        });
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddScoped<PcfCert.Infrastructure.Audit.IAuditUser, HttpAuditUser>();
        builder.Services.AddFeatures();
        builder.AddSchemes();
        builder.Services.AddHttpContextAccessor();
        return builder;
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                // Accounts are never locked (a stranger could lock out the administrator); guessing is throttled instead.
                o.Lockout.AllowedForNewUsers = false;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<PcfCertDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddOptions<Features.Account.SignInThrottleOptions>().BindConfiguration(Features.Account.SignInThrottleOptions.Section);
        services.AddScoped<Features.Account.SignInThrottle>();
        services.AddSingleton<Features.Account.DeviceCookie>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "pcfcert.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // API clients get status codes, not a redirect to an HTML sign-in page.
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            o.Events.OnRedirectToLogin = c => Respond(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Respond(c, StatusCodes.Status403Forbidden);
        });
    }

    private static Task Respond(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> c, int status)
    {
        if (c.Request.Path.StartsWithSegments("/api"))
        {
            c.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AddLocalization(IServiceCollection services)
    {
        services.AddSingleton(StringCatalog.LoadEmbedded());
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(StringCatalog.DefaultCulture);
            o.AddSupportedCultures([.. StringCatalog.Cultures]);
            o.AddSupportedUICultures([.. StringCatalog.Cultures]);
            // The chosen language is remembered in a cookie; the browser's Accept-Language is not consulted,
            // so the UI opens in Chinese unless the user picked English.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
    }
}

public static class Policies
{
    public const string Administrator = "Administrator";
    public const string Staff = "Staff";
}
