using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Inbox;

/// <summary>The signed-in user's inbox over the API.</summary>
public static class WorkspaceApi
{
    public static void MapWorkspaceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/inbox", async (MyWork work, CurrentUser me, CancellationToken ct) => TypedResults.Ok(await work.Handle(Worker.Of(me), ct)))
            .WithTags("Workspace")
            .WithSummary("What is waiting for the signed-in user: items with their next deadline (overdue first) and counts per kind.");
        Notifications.NotificationsApi.MapNotificationsApi(api);
    }
}
