using PcfCert.Certification.Access;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Organisations;

/// <summary>
/// Who may see and edit an organisation. An applicant reaches only its own; for any other id the
/// answer is "not found", so that a guess does not reveal which organisations exist.
/// </summary>
public static class OrganisationAccess
{
    public static bool CanView(CurrentUser me, Guid organisationId) =>
        me.IsApplicant ? me.OrganisationId == organisationId : me.Id is not null;

    public static bool CanEdit(CurrentUser me, Guid organisationId) =>
        me.IsApplicant
            ? me.OrganisationId == organisationId
            : me.IsAdministrator || me.IsInRole(Roles.CertificationManager);

    public static bool CanRegister(CurrentUser me) =>
        me.IsAdministrator || me.IsInRole(Roles.CertificationManager);
}
