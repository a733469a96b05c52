using PcfCert.Certification.Personnel;
using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Personnel;

/// <summary>The team under CEC 5.2.2 table 1 and impartiality: every inspector qualified, one person one place.</summary>
public sealed class TeamQualificationTests
{
    [Fact]
    public void Cec_table_1_a_member_without_a_registration_or_two_projects_is_refused_and_two_projects_count()
    {
        var b = B.Cec();
        var app = b.Accepted();
        var third = B.Person("第三名检查员", "u-third", "competent-inspector");
        IReadOnlyList<TeamAssignment> team = [.. B.ValidTeam(), new(third, TeamRole.Member)];
        var error = Assert.Throws<WorkflowException>(() => app.AssignTeam(b.Scheme, team, 2, B.Plan(), B.Manager, B.Start,
            new Dictionary<Guid, int> { [third.Id] = 1 }));
        Assert.Equal(WorkflowError.PersonnelQualificationMissing, error.Error);
        Assert.Equal("第三名检查员", error.Arguments[0]);
        Assert.Equal(ApplicationStatus.Accepted, app.Status); // nothing changed

        app.AssignTeam(b.Scheme, team, 2, B.Plan(), B.Manager, B.Start, new Dictionary<Guid, int> { [third.Id] = 2 });
        Assert.Equal(3, app.Team.Count);
    }

    [Fact]
    public void An_expert_below_an_inspectors_qualification_is_accepted_since_the_rule_says_should_not()
    {
        var b = B.Cec();
        var app = b.Accepted();
        app.AssignTeam(b.Scheme, [.. B.ValidTeam(), new(B.Person("专家", "u-expert"), TeamRole.Expert)], 2, B.Plan(), B.Manager, B.Start);
        Assert.Contains(app.Team, m => m.Role == TeamRole.Expert);
    }

    [Fact]
    public void The_same_person_twice_on_one_team_is_refused_as_the_same_entry_or_as_two_entries_of_one_user()
    {
        var b = B.Cec();
        var app = b.Accepted();
        var team = B.ValidTeam();
        var twice = Assert.Throws<WorkflowException>(() =>
            app.AssignTeam(b.Scheme, [.. team, new(team[1].Person, TeamRole.Expert)], 2, B.Plan(), B.Manager, B.Start));
        Assert.Equal(WorkflowError.SamePersonTwice, twice.Error);
        var secondEntry = B.Person("组员（第二条记录）", "u-member", "ghg-verifier-registration"); // the same account as team[1]
        var again = Assert.Throws<WorkflowException>(() =>
            app.AssignTeam(b.Scheme, [.. team, new(secondEntry, TeamRole.Member)], 2, B.Plan(), B.Manager, B.Start));
        Assert.Equal(WorkflowError.SamePersonTwice, again.Error);
        Assert.Empty(app.Team);
    }

    [Fact]
    public void Pcec_has_no_table_1_so_a_member_with_no_registration_is_not_refused_for_it()
    {
        var b = B.Pcec();
        var app = b.Accepted();
        app.AssignTeam(b.Scheme, [new(B.Person("组长", "u-l"), TeamRole.Leader)], 2, B.Plan(), B.Manager, B.Start);
        Assert.Single(app.Team);
    }
}
