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

/// <summary>Accepts the application (PCEC 7.2 flags first), recording the contract date; opens the project.</summary>
public sealed class AcceptApplication : IApplicationAction
{
    public string Name => "accept";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Manager];

    public Task Apply(ActionContext c)
    {
        var contract = c.Input.Date("contractDate");
        c.Application.FlagApplicant(c.Input.Bool("orderedToSuspendBusiness"), c.Input.Bool("listedAsSeriouslyIllegal"));
        c.Application.Accept(c.Scheme, contract, c.Actor, c.Now);
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
