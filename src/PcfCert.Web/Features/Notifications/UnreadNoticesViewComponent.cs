using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Notifications;

/// <summary>The link to the notices with the number unread, in the top bar of every page.</summary>
public sealed class UnreadNoticesViewComponent(PcfCertDbContext db, CurrentUser me) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var unread = me.Id is null ? 0 : await db.Notifications.CountAsync(n => n.UserId == me.Id && n.ReadAt == null, HttpContext.RequestAborted);
        return View("/Features/Notifications/_Unread.cshtml", unread);
    }
}
