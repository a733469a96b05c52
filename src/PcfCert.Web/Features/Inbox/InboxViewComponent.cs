using Microsoft.AspNetCore.Mvc;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Inbox;

/// <summary>The inbox shown on the home page; <c>?kind=</c> narrows it to one kind of work.</summary>
public sealed class InboxViewComponent(MyWork work, CurrentUser me) : ViewComponent
{
    public sealed record Model(MyWork.Result Work, WorkKind? Kind);

    /// <summary>The string key naming a kind of work.</summary>
    public static string KindKey(WorkKind kind) => "Inbox.Kind." + kind;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var who = Worker.Of(me);
        var result = await work.Handle(who, HttpContext.RequestAborted);
        WorkKind? kind = Enum.TryParse<WorkKind>(Request.Query["kind"], out var k) && Enum.IsDefined(k) ? k : null;
        return View("/Features/Inbox/_Inbox.cshtml", new Model(result, kind));
    }
}
