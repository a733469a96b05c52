namespace PcfCert.Web.Features.Inbox;

/// <summary>The kinds of work an inbox lists, in the order the counts are shown.</summary>
public enum WorkKind
{
    /// <summary>An application to complete, accept, plan or certify.</summary>
    Application,

    /// <summary>Documents the certification body asked the applicant to supply.</summary>
    Supplement,

    /// <summary>A document review or an on-site inspection of the team.</summary>
    Inspection,

    /// <summary>A nonconformity to rectify (applicant) or a rectification to judge (team).</summary>
    Rectification,

    /// <summary>A footprint verification of the team.</summary>
    Verification,

    /// <summary>A verification finding to answer (applicant) or to close (team).</summary>
    Finding,

    /// <summary>A technical review.</summary>
    Review,

    /// <summary>A certification decision.</summary>
    Decision,

    /// <summary>A certificate to issue after approval.</summary>
    Certificate,

    /// <summary>A surveillance that is due.</summary>
    Surveillance,

    /// <summary>A certificate change request to review.</summary>
    ChangeRequest,

    /// <summary>A holder's request to suspend or cancel.</summary>
    HolderRequest,
}

/// <summary>One thing waiting for the signed-in user: what to do, on what, by when, and where.</summary>
/// <param name="Kind">Kind of work.</param>
/// <param name="TaskKey">String key of the sentence saying what to do.</param>
/// <param name="Reference">Application or certificate number.</param>
/// <param name="Party">The organisation concerned.</param>
/// <param name="Link">The page (and section) where the action is.</param>
/// <param name="Due">Next deadline, if any.</param>
/// <param name="DaysLeft">Days left until <paramref name="Due"/>; negative when overdue.</param>
public sealed record WorkItem(WorkKind Kind, string TaskKey, string Reference, string Party, string Link, DateOnly? Due, int? DaysLeft)
{
    /// <summary>Past its deadline.</summary>
    public bool Overdue => DaysLeft < 0;
}

/// <summary>Who is asking, as far as an inbox needs to know.</summary>
/// <param name="UserId">Identity user id.</param>
/// <param name="OrganisationId">The applicant organisation, for applicant users.</param>
/// <param name="Roles">Roles held.</param>
public sealed record Worker(string UserId, Guid? OrganisationId, IReadOnlySet<string> Roles)
{
    public bool Is(string role) => Roles.Contains(role);

    /// <summary>The signed-in user.</summary>
    public static Worker Of(PcfCert.Web.Hosting.CurrentUser me) =>
        new(me.Id ?? string.Empty, me.OrganisationId, PcfCert.Certification.Access.Roles.All.Where(me.IsInRole).ToHashSet());
}
