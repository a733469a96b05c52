using Microsoft.Extensions.Options;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Infrastructure.Records;

namespace PcfCert.Web.Features.Records;

/// <summary>Registers the certification-file feature: document signing keys, generation, archive, retention.</summary>
public static class RecordsServices
{
    public static IServiceCollection AddRecords(this IServiceCollection services)
    {
        services.AddSingleton(sp => new DocumentSigningKeys(sp.GetRequiredService<IOptions<SigningOptions>>().Value));
        services.AddSingleton(sp => new ChromiumRasterizer(sp.GetRequiredService<IOptions<PdfOptions>>().Value));
        services.AddScoped<GenerateRecord>();
        services.AddScoped<BuildArchive>();
        services.AddScoped<DeleteRecords>();
        services.AddScoped<ListDeletableRecords>();
        return services;
    }
}
