using System.Security.Claims;
using PcfCert.Infrastructure.Audit;

namespace PcfCert.Web.Hosting;

/// <summary>The signed-in user for the audit trail; outside a request (start-up, scheduled work) the system.</summary>
public sealed class HttpAuditUser(IHttpContextAccessor accessor) : IAuditUser
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserName => accessor.HttpContext?.User.FindFirstValue("pcfcert:name") ?? (UserId is null ? "system" : null);
}
