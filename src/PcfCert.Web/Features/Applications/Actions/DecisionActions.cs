using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Access;
using PcfCert.Certification.Calendar;
using PcfCert.Certification.Personnel;

namespace PcfCert.Web.Features.Applications.Actions;

/// <summary>
/// CEC 5.2.2 table 1 and PCEC 7.6: whoever reviews or decides is in the personnel register as that type, with the
/// qualification the scheme requires (CEC: not lower than an inspector's), on the day they act.
/// </summary>
internal static class ActingPersonnel
{
    public static async Task RequireAsync(ActionContext c, string role)
    {
        var person = await c.Db.Personnel.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == c.Actor.UserId);
        var projects = person is null ? 0 : await Personnel.VerificationExperience.TotalAsync(c.Db, person, CancellationToken.None);
        PersonnelQualification.RequireToAct(c.Scheme, role, c.Actor, person, projects, DateOnly.FromDateTime(c.Now.ToOffset(ChinaToday.Offset).DateTime));
    }
}

/// <summary>认证复核: an independent reviewer recommends.</summary>
public sealed class RecommendDecision : IApplicationAction
{
    public string Name => "recommend";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.Reviewer];

    public async Task Apply(ActionContext c)
    {
        await ActingPersonnel.RequireAsync(c, Roles.TechnicalReviewer);
        c.Application.Recommend(c.Scheme, c.Actor, c.Input.Bool("recommendApproval"), c.Input.Required("comment"), c.Now);
    }
}

/// <summary>认证决定: an independent decision maker approves or refuses.</summary>
public sealed class DecideCertification : IApplicationAction
{
    public string Name => "decide";

    public IReadOnlyList<ActionParty> Parties => [ActionParty.DecisionMaker];

    public async Task Apply(ActionContext c)
    {
        await ActingPersonnel.RequireAsync(c, Roles.DecisionMaker);
        c.Application.Decide(c.Scheme, c.Actor, c.Input.Bool("approve"), c.Input.Optional("reasons"), c.Now);
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
