using PcfCert.Certification.Access;
using PcfCert.Certification.Workflow;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Records;

/// <summary>
/// Who may read and act on a certification file: the applicant's own users read the documents sent to the applicant;
/// managers, reviewers and decision makers read everything; inspectors and experts read the files of projects whose
/// team they are on. The team and managers upload edited Word versions; managers build the archive and delete it.
/// </summary>
public static class RecordAccess
{
    public static bool CanView(CurrentUser me, CertificationApplication a) =>
        me.IsApplicant ? me.OrganisationId == a.OrganisationId : IsBodyWide(me) || (me.Id is { } id && a.WasOnTeam(id));

    public static bool CanRead(CurrentUser me, CertificationApplication a, IRecordKind kind) => CanView(me, a) && (!me.IsApplicant || kind.SentToApplicant);

    public static bool CanEdit(CurrentUser me, CertificationApplication a) =>
        !me.IsApplicant && (me.IsInRole(Roles.CertificationManager) || (me.Id is { } id && a.WasOnTeam(id)));

    public static bool CanArchive(CurrentUser me) => !me.IsApplicant && IsBodyWide(me);

    public static bool CanDelete(CurrentUser me) => me.IsInRole(Roles.CertificationManager);

    private static bool IsBodyWide(CurrentUser me) =>
        me.IsInRole(Roles.CertificationManager) || me.IsInRole(Roles.TechnicalReviewer) || me.IsInRole(Roles.DecisionMaker);
}
