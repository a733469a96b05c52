using PcfCert.Web.Features.Factors;
using PcfCert.Web.Features.Account;
using PcfCert.Web.Features.Applications;
using PcfCert.Web.Features.Organisations;
using PcfCert.Web.Features.Schemes;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Features.Registry;
using PcfCert.Web.Features.Surveillance;

namespace PcfCert.Web.Features;

/// <summary>The REST API under /api/v1; each feature maps its own endpoints.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapPcfCertApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1").RequireAuthorization();
        v1.MapAccountApi();
        v1.MapOrganisationApi();
        v1.MapApplicationApi();
        Personnel.PersonnelApi.MapPersonnelApi(v1);
        v1.MapSchemeApi();
        v1.MapCalendarApi();
        v1.MapCertificatesApi();
        v1.MapSurveillanceApi();
        v1.MapRegistryApi();
        v1.MapFactorsApi();
        Background.BackgroundApi.MapBackgroundApi(v1);
        DataCollection.DataCollectionApi.MapDataCollectionApi(v1);
        Footprints.FootprintApi.MapFootprintApi(v1);
        Inbox.WorkspaceApi.MapWorkspaceApi(v1);
        ApiClients.ApiClientsApi.MapApiClientsApi(v1);
        ApiClients.ApiClientsApi.MapTokenEndpoint(app);
        Pact.PactExportApi.MapPactExportApi(v1);
        Pact.PactApi.MapPactApi(app);
        Records.RecordsApi.MapRecordsApi(v1);
        app.MapJwks();
        return app;
    }
}
