using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PcfCert.Infrastructure.Pact;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Pact;

/// <summary>The PACT box on the certificate page: download of the footprint JSON and, for the holder, the grants.</summary>
public sealed class PactExportViewComponent(PcfCertDbContext db, GrantPactAccess grants) : ViewComponent
{
    public sealed record Model(Guid CertificateId, bool IsHolder, PactFootprint? Footprint, IReadOnlyList<GrantPactAccess.GrantView> Grants);

    public async Task<IViewComponentResult> InvokeAsync(Guid certificateId, bool isHolder)
    {
        var footprint = await db.Set<PactFootprint>().AsNoTracking().Where(f => f.CertificateId == certificateId)
            .OrderByDescending(f => f.Sequence).FirstOrDefaultAsync();
        var list = isHolder ? await grants.List(certificateId, HttpContext.RequestAborted) : [];
        return View("/Features/Pact/PactExport.cshtml", new Model(certificateId, isHolder, footprint, list));
    }
}
