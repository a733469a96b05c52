using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>Issue 17 item 15: impartiality is checked against every party inspected, not only the applicant.</summary>
public sealed class ImpartialityTests
{
    [Fact]
    public void Cec_5_2_1_a_person_with_a_conflict_with_the_factory_inspected_is_refused_as_well_as_one_with_the_applicant()
    {
        var app = B.Cec().Accepted();
        var factory = Guid.Parse("00000000-0000-0000-0000-0000000000f1");
        var team = B.ValidTeam();
        app.CheckImpartiality(team.Select(t => t.Person), [factory]);     // nobody declared anything: passes

        team[1].Person.DeclareConflict(factory);
        var error = Assert.Throws<WorkflowException>(() => app.CheckImpartiality(team.Select(t => t.Person), [factory]));
        Assert.Equal(WorkflowError.ConflictOfInterest, error.Error);
        Assert.Equal("组员", error.Arguments[0]);

        var other = B.ValidTeam();
        other[0].Person.DeclareConflict(B.Organisation);                 // the applicant itself
        Assert.Throws<WorkflowException>(() => app.CheckImpartiality(other.Select(t => t.Person), []));
    }

    [Fact]
    public void The_inspected_parties_are_the_manufacturer_and_the_factory_by_credit_code()
    {
        var app = B.Cec().Draft();
        Assert.Equal(["91320594MA1N2K3P4Y"], app.InspectedPartyCreditCodes);  // the builder names one company for all three
    }
}
