using PcfCert.Certification.Access;
using PcfCert.Certification.Certificates;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Certificates;

/// <summary>
/// Who may see and act on a certificate. Staff see all; an applicant sees only its organisation's certificates
/// (any other answers 404). Certification managers act for the body; the holder files requests, changes and reports.
/// </summary>
public static class CertificateAccess
{
    public static bool CanView(CurrentUser me, Certificate certificate) =>
        me.IsApplicant ? IsHolder(me, certificate) : me.Id is not null;

    public static bool IsHolder(CurrentUser me, Certificate certificate) =>
        me.IsApplicant && me.OrganisationId is { } own && certificate.HolderOrganisationId == own;

    public static bool CanManage(CurrentUser me) => me.IsInRole(Roles.CertificationManager);
}
