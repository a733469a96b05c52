namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>
/// 综合评价报告 (CEC 5.7.1): the team leader issues the team's comprehensive evaluation of the document review and the
/// on-site inspection; the technical review cannot start before it.
/// </summary>
public sealed class IssueEvaluationReport : IApplicationAction
{
    public string Name => "issue-evaluation-report";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Team];

    public Task Apply(ActionContext c)
    {
        var i = c.Input;
        c.Application.IssueEvaluationReport(c.Scheme, c.Actor, i.Required("documentReviewResult"), i.Required("inspectionResult"), i.Required("evaluation"), c.Now);
        return Task.CompletedTask;
    }
}
