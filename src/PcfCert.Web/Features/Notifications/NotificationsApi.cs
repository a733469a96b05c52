using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Notifications;

/// <summary>The signed-in user's notices over the API.</summary>
public static class NotificationsApi
{
    public sealed record NoticeDto(Guid Id, string TextKey, string Reference, string Party, string? Detail, string Link, DateTimeOffset CreatedAt, bool Read);

    public static void MapNotificationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/notifications", async (PcfCertDbContext db, CurrentUser me, CancellationToken ct) =>
            TypedResults.Ok((await db.Notifications.AsNoTracking().Where(n => n.UserId == me.Id).ToListAsync(ct))
                .OrderByDescending(n => n.CreatedAt).Take(IndexModel.Shown)
                .Select(n => new NoticeDto(n.Id, n.TextKey, n.Reference, n.Party, n.Detail, n.Link, n.CreatedAt, n.ReadAt is not null)).ToList()))
            .WithTags("Workspace").WithSummary("The signed-in user's notices, newest first (text as a string key with its arguments).");
    }
}
