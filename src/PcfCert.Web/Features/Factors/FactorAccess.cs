using PcfCert.Certification.Access;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Factors;

/// <summary>Everyone signed in reads the library; scheme owners, managers and administrators maintain it.</summary>
public static class FactorAccess
{
    public static bool CanMaintain(CurrentUser me) =>
        me.IsInRole(Roles.SchemeOwner) || me.IsInRole(Roles.CertificationManager) || me.IsAdministrator;
}
