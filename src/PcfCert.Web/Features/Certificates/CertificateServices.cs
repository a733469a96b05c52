using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Infrastructure.Mail;
using PcfCert.Web.Features.Registry;
using PcfCert.Web.Features.Surveillance;

namespace PcfCert.Web.Features.Certificates;

/// <summary>Registers the certificate, registry and surveillance features: use cases, PDF printer, signer, rate limiter, scheduled duties.</summary>
public static class CertificateServices
{
    /// <summary>
    /// Certificate number prefixes: neither rule sets a numbering format, so these are PcfCert's choice. Changing one
    /// starts a new series; numbers already issued keep theirs.
    /// </summary>
    private static readonly Dictionary<string, string> NumberPrefixes = new()
    {
        [PcfCert.Certification.Schemes.SchemeIds.Cec] = "CEC-PCF",
        [PcfCert.Certification.Schemes.SchemeIds.Pcec] = "PCEC-PCF",
    };

    public static IServiceCollection AddCertificates(this IServiceCollection services)
    {
        services.AddSingleton<ICertificateRulesSource>(sp => new SchemeCatalogCertificateRules(
            sp.GetRequiredService<PcfCert.Certification.Schemes.SchemeCatalog>(), NumberPrefixes));
        services.AddOptions<PdfOptions>().BindConfiguration(PdfOptions.Section);
        services.AddOptions<SigningOptions>().BindConfiguration(SigningOptions.Section);
        services.AddOptions<CertificateDutiesOptions>().BindConfiguration(CertificateDutiesOptions.Section);
        services.AddOptions<RegistryOptions>().BindConfiguration(RegistryOptions.Section)
            .Validate(o => o.PermitsPerMinute > 0, "Registry:PermitsPerMinute must be positive.").ValidateOnStart();
        services.AddSingleton(sp => new ChromiumPdfPrinter(sp.GetRequiredService<IOptions<PdfOptions>>().Value));
        services.AddSingleton(sp => new RegistrySigner(sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<IOptions<SigningOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CertificateDutiesOptions>>().Value);
        services.AddHostedService<CertificateDutiesWorker>();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value is { SmtpHost: { Length: > 0 } } smtp
            ? new SmtpTransport(smtp)
            : new PickupDirectoryTransport(Path.GetFullPath(sp.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory)));
        services.AddScoped<MailCertificateNotices>();

        services.AddScoped<IssueCertificate>();
        services.AddScoped<SuspendCertificate>();
        services.AddScoped<RestoreCertificate>();
        services.AddScoped<RecordRecovery>();
        services.AddScoped<RevokeCertificate>();
        services.AddScoped<FileHolderRequest>();
        services.AddScoped<DecideHolderRequest>();
        services.AddScoped<FileChangeRequest>();
        services.AddScoped<ReviewChangeRequest>();
        services.AddScoped<ReportFootprint>();
        services.AddScoped<RenderCertificatePdf>();
        services.AddScoped<RunCertificateDuties>();
        services.AddScoped<Applications.FailOverdueRectifications>();
        services.AddScoped<LookUpCertificate>();
        services.AddScoped<OpenSurveillance>();
        services.AddScoped<SurveillanceWork>();
        services.AddScoped<AssignSurveillanceTeam>();
        services.AddScoped<StartSurveillanceInspection>();
        services.AddScoped<RecordSurveillanceChecklist>();
        services.AddScoped<RecordSurveillanceConsistency>();
        services.AddScoped<RecordSurveillanceProductChanges>();
        services.AddScoped<RaiseSurveillanceNonconformity>();
        services.AddScoped<AttachSurveillanceModel>();
        services.AddScoped<RecordSurveillanceVerifiedValue>();
        services.AddScoped<ConcludeSurveillance>();
        services.AddScoped<SubmitSurveillanceRectification>();
        services.AddScoped<JudgeSurveillanceRectification>();
        services.AddScoped<SurveillanceDueList>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RegistryApi.RateLimitPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<RegistryOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return services;
    }
}

/// <summary>Public registry settings; bound from <c>Registry</c>.</summary>
public sealed class RegistryOptions
{
    public const string Section = "Registry";

    /// <summary>Requests per minute per client address to the public registry (pages, API, JWKS).</summary>
    public int PermitsPerMinute { get; set; } = 120;

    /// <summary>Base URL printed in QR codes; the request's own when empty.</summary>
    public string? PublicBaseUrl { get; set; }
}
