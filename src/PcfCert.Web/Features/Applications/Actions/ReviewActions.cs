using PcfCert.Certification.Workflow;

namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>Asks the applicant for supplements; the clock waits for them.</summary>
public sealed class RequestSupplement : IApplicationAction
{
    public string Name => "request-supplement";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Manager];

    public Task Apply(ActionContext c)
    {
        c.Application.RequestSupplement(c.Scheme, c.Input.Required("items"), c.Actor, c.Now);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Accepts the application with the body's review (PCEC 7.2: review items, credit-system check behind the refusal grounds,
/// confidentiality undertaking; CEC 5.1.2 conformity check), recording the contract date; opens the project.
/// </summary>
public sealed class AcceptApplication : IApplicationAction
{
    public string Name => "accept";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Manager];

    public Task Apply(ActionContext c)
    {
        var i = c.Input;
        var contract = i.Date("contractDate");
        c.Application.FlagApplicant(i.Bool("orderedToSuspendBusiness"), i.Bool("listedAsSeriouslyIllegal"));
        var notes = c.Scheme.ApplicationReview.Items
            .Select(item => (item.Key, Note: i.Optional("reviewNote-" + item.Key)))
            .Where(x => x.Note is not null)
            .ToDictionary(x => x.Key, x => x.Note!);
        var review = new AcceptanceReviewInput(i.Values("review").ToHashSet(), notes, i.OptionalDate("creditCheckedOn"), i.Optional("creditCheckReference"),
            i.Values("groundsFound").ToHashSet(), i.Values("undertakings").ToHashSet());
        c.Application.Accept(c.Scheme, contract, review, c.Actor, c.Now);
        return Task.CompletedTask;
    }
}

/// <summary>Refuses to accept, with the reason.</summary>
public sealed class RejectApplication : IApplicationAction
{
    public string Name => "reject";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Manager];

    public Task Apply(ActionContext c)
    {
        c.Application.Reject(c.Scheme, c.Input.Required("reason"), c.Actor, c.Now);
        return Task.CompletedTask;
    }
}

/// <summary>Pauses the time limit for a delay the applicant caused.</summary>
public sealed class PauseClock : IApplicationAction
{
    public string Name => "pause-clock";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Manager];

    public Task Apply(ActionContext c)
    {
        c.Application.PauseClock(c.Scheme, c.Input.Required("delay"), c.Now);
        return Task.CompletedTask;
    }
}

/// <summary>Resumes the time limit.</summary>
public sealed class ResumeClock : IApplicationAction
{
    public string Name => "resume-clock";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Manager];

    public Task Apply(ActionContext c)
    {
        c.Application.ResumeClock(c.Scheme, c.Now);
        return Task.CompletedTask;
    }
}
