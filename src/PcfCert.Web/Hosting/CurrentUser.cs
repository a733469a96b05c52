using System.Security.Claims;
using PcfCert.Certification.Access;

namespace PcfCert.Web.Hosting;

/// <summary>Who is asking: the signed-in user's id, roles and (for applicants) organisation.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public const string OrganisationClaim = "pcfcert:organisation";

    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public string? Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? Name => Principal.FindFirstValue("pcfcert:name");

    public bool IsApplicant => Principal.IsInRole(Roles.Applicant);

    public bool IsAdministrator => Principal.IsInRole(Roles.Administrator);

    public bool IsInRole(string role) => Principal.IsInRole(role);

    public Guid? OrganisationId =>
        Guid.TryParse(Principal.FindFirstValue(OrganisationClaim), out var id) ? id : null;
}
