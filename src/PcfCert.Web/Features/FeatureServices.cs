using PcfCert.Web.Features.Applications;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Features.Inbox;
using PcfCert.Web.Features.Organisations;
using PcfCert.Web.Features.Users;

namespace PcfCert.Web.Features;

/// <summary>Use cases are plain classes, one per action; each feature lists its own here.</summary>
public static class FeatureServices
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<FluentValidation.IValidator<OrganisationInput>, OrganisationInputValidator>();
        services.AddScoped<RegisterOrganisation>();
        services.AddScoped<UpdateOrganisationProfile>();
        services.AddScoped<CreateUser>();
        services.AddScoped<Users.DeactivateUser>();
        services.AddScoped<StartApplication>();
        services.AddScoped<Personnel.RegisterPerson>();
        services.AddScoped<Personnel.EditPerson>();
        services.AddScoped<Personnel.RecordProjectExperience>();
        services.AddScoped<Personnel.RecordCompetenceEvaluation>();
        services.AddScoped<Users.EditUser>();
        services.AddScoped<Factors.SearchFactors>();
        services.AddScoped<Factors.ResolveFactorVersions>();
        services.AddScoped<Factors.AddSupplierFactor>();
        services.AddScoped<Factors.ReviewSupplierFactor>();
        services.AddScoped<Factors.SaveFactor>();
        services.AddScoped<Factors.ImportFactors>();
        services.AddScoped<Background.ImportOpenLcaPackage>();
        services.AddScoped<DataCollection.InventoryAccess>();
        services.AddScoped<DataCollection.InventoryFactors>();
        services.AddScoped<DataCollection.StartInventoryImport>();
        services.AddScoped<DataCollection.RunInventoryImport>();
        services.AddScoped<DataCollection.EditInventory>();
        services.AddScoped<DataCollection.CheckInventory>();
        services.AddScoped<DataCollection.SubmitInventoryModel>();
        services.AddScoped<DataCollection.DraftInventoryResult>();
        services.AddScoped<DataCollection.ConfirmInventoryImport>();
        services.AddSingleton<DataCollection.InventoryImportQueue>();
        services.AddSingleton<DataCollection.ImportInstance>();
        services.AddScoped<DataCollection.ImportLease>();
        services.AddOptions<DataCollection.ImportLeaseOptions>().BindConfiguration(DataCollection.ImportLeaseOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DataCollection.ImportLeaseOptions>>().Value);
        services.AddHostedService<DataCollection.InventoryImportWorker>();
        services.AddScoped<RunApplicationAction>();
        foreach (var action in typeof(IApplicationAction).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IApplicationAction).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(IApplicationAction), action);
        }
        services.AddCertificates();
        services.AddWorkspace();
        Records.RecordsServices.AddRecords(services);
        return services;
    }
}
