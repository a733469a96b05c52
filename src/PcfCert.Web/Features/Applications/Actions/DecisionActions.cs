namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>认证复核: an independent reviewer recommends.</summary>
public sealed class RecommendDecision : IApplicationAction
{
    public string Name => "recommend";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Reviewer];

    public Task Apply(ActionContext c)
    {
        c.Application.Recommend(c.Scheme, c.Actor, c.Input.Bool("recommendApproval"), c.Input.Required("comment"), c.Now);
        return Task.CompletedTask;
    }
}

/// <summary>认证决定: an independent decision maker approves or refuses.</summary>
public sealed class DecideCertification : IApplicationAction
{
    public string Name => "decide";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.DecisionMaker];

    public Task Apply(ActionContext c)
    {
        c.Application.Decide(c.Scheme, c.Actor, c.Input.Bool("approve"), c.Input.Optional("reasons"), c.Now);
        return Task.CompletedTask;
    }
}

/// <summary>CEC 5.7.3 / PCEC 7.6: records that the 认证不合格通知 with its reasons was sent to the applicant.</summary>
public sealed class SendFailureNotice : IApplicationAction
{
    public string Name => "send-failure-notice";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Manager];

    public Task Apply(ActionContext c)
    {
        c.Application.SendFailureNotice(c.Scheme, c.Actor, c.Now);
        return Task.CompletedTask;
    }
}
