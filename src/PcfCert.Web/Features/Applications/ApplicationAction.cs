using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Applications;

/// <summary>Everything an action needs: the application, its scheme, the input, who and when.</summary>
public sealed record ActionContext(
    CertificationApplication Application, SchemeDefinition Scheme, ActionInput Input, Actor Actor,
    DateTimeOffset Now, PcfCertDbContext Db, IServiceProvider Services);

/// <summary>Who may run an action.</summary>
public enum ActionParty
{
    /// <summary>A user of the applicant organisation.</summary>
    Applicant,

    /// <summary>A certification manager.</summary>
    Manager,

    /// <summary>A member of the application's inspection team.</summary>
    Team,

    /// <summary>A technical reviewer.</summary>
    Reviewer,

    /// <summary>A decision maker.</summary>
    DecisionMaker,
}

/// <summary>One workflow use case, run through <see cref="RunApplicationAction"/> from a page form or the API.</summary>
public interface IApplicationAction
{
    /// <summary>URL name, e.g. <c>accept</c>.</summary>
    string Name { get; }

    /// <summary>Who may run it; applicant parties may run it only on their own organisation's applications.</summary>
    IReadOnlyList<ActionParty> Parties { get; }

    Task Apply(ActionContext context);
}
