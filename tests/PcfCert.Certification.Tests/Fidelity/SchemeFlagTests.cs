using System.Text.Json.Nodes;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Tests.Schemes;
using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>Issue 17 item 10: each flag flipped in a test scheme changes what the workflow does.</summary>
public sealed class SchemeFlagTests
{
    [Fact]
    public void Pcec_7_6_reviewer_must_be_independent_refuses_a_team_member_and_cec_whose_flag_is_false_lets_one_review()
    {
        var pcec = B.Pcec();
        var app = pcec.ReadyForReview();
        Assert.Equal(WorkflowError.NotIndependent,
            Assert.Throws<WorkflowException>(() => app.Recommend(pcec.Scheme, B.Leader, true, "符合", B.Start.AddDays(20))).Error);

        var relaxed = new B(TestSchemes.Pcec(d => d["decision"]!["reviewerMustBeIndependent"] = false));
        var other = relaxed.ReadyForReview();
        other.Recommend(relaxed.Scheme, B.Leader, true, "符合", B.Start.AddDays(20));
        Assert.Equal(ApplicationStatus.AwaitingDecision, other.Status);

        var strictCec = new B(TestSchemes.Cec(d => d["decision"]!["reviewerMustBeIndependent"] = true));
        var cec = strictCec.ReadyForReview();
        Assert.Throws<WorkflowException>(() => cec.Recommend(strictCec.Scheme, B.Leader, true, "符合", B.Start.AddDays(20)));
        // The decision maker stays apart from the team and the reviewer whatever the flag (ISO/IEC 17065 7.6).
        Assert.Equal(WorkflowError.NotIndependent,
            Assert.Throws<WorkflowException>(() => other.Decide(relaxed.Scheme, B.Leader, true, null, B.Start.AddDays(21))).Error);
    }

    [Fact]
    public void Time_limit_ends_at_flips_whether_the_clock_runs_after_the_approval()
    {
        // CEC 5.2.3 ends at the conclusion; the same rule ending at the certificate's issue (PCEC 6) keeps the clock running.
        var cec = B.Cec();
        var approved = cec.AwaitingDecision();
        approved.Decide(cec.Scheme, B.DecisionMaker, true, null, B.Start.AddDays(21));
        Assert.False(approved.TimeLimitRuns(cec.Scheme, certificateIssued: false));

        var flipped = new B(TestSchemes.Cec(d => d["certificationTimeLimit"]!["endsAt"]!["key"] = "certificate-issued"));
        var other = flipped.AwaitingDecision();
        other.Decide(flipped.Scheme, B.DecisionMaker, true, null, B.Start.AddDays(21));
        Assert.True(other.TimeLimitRuns(flipped.Scheme, certificateIssued: false));
        Assert.False(other.TimeLimitRuns(flipped.Scheme, certificateIssued: true));
    }

    [Fact]
    public void Certificate_contents_decide_the_lines_only_some_rules_list()
    {
        Assert.True(CertificateContentKeys.Lists(RealSchemes.Pcec, CertificateContentKeys.CertificationMode));   // PCEC 9.1 c
        Assert.False(CertificateContentKeys.Lists(RealSchemes.Cec, CertificateContentKeys.CertificationMode));   // CEC 7.1 a–g
        var flipped = TestSchemes.Cec(d => d["certificateContents"]!.AsArray().Add(JsonNode.Parse(
            """{ "key": "certification-mode", "name": { "zh": "认证模式", "en": "Mode" }, "clause": "x" }""")));
        Assert.True(CertificateContentKeys.Lists(flipped, CertificateContentKeys.CertificationMode));
    }
}
