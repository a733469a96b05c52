using PcfCert.Certification.Workflow;
using B = PcfCert.Certification.Tests.Workflow.ApplicationBuilder;

namespace PcfCert.Certification.Tests.Fidelity;

/// <summary>
/// Issue 17 item 13: PCEC annex 2's report cover (核查机构, 报告编制日期, 检查组成员（姓名、职责、资质）, 检查组同行人员) is recorded
/// with the verified value: what the records hold is filled in, the accompanying persons are asked.
/// </summary>
public sealed class VerificationReportHeaderTests
{
    private static (B Builder, CertificationApplication App, int Version) PcecReadyToRecord()
    {
        var b = B.Pcec();
        var app = b.InspectionReadyToPass();
        app.PassInspection(b.Scheme, B.Conclusion(), B.Leader, B.Start.AddDays(12));
        var version = app.AttachModel(b.Scheme, Guid.NewGuid(), new string('b', 64), 12.5, "1 piece", B.Leader, B.Start.AddDays(12));
        foreach (var item in b.Scheme.Verification.Items)
        {
            app.RecordVerificationItem(b.Scheme, new VerificationItemResult(item.Key, true, null));
        }
        return (b, app, version.Version);
    }

    [Fact]
    public void Pcec_annex_2_the_verified_value_needs_the_accompanying_persons_answered_and_keeps_the_report_cover()
    {
        var (b, app, version) = PcecReadyToRecord();
        var refused = Assert.Throws<WorkflowException>(() => app.RecordVerifiedValue(b.Scheme, version, B.Leader, B.Start.AddDays(13)));
        Assert.Equal(WorkflowError.MissingField, refused.Error);
        Assert.Equal(["report.accompanyingPersons"], refused.Problems.Select(p => p.Path));
        Assert.Null(app.VerifiedValue);

        app.RecordVerifiedValue(b.Scheme, version, B.Leader, B.Start.AddDays(13), ["王陪同，委托人质量部，陪同人员", " "]);
        var header = app.VerifiedValue!.Report!;
        Assert.Equal(b.Scheme.Issuer.Name, header.VerificationBody);                       // 核查机构: the scheme's body
        Assert.Equal(app.VerifiedValue.RecordedOn, header.ReportDate);                     // 报告编制日期
        Assert.Equal(app.Team.Select(m => (m.Name, m.Role, m.Qualifications.Count)),       // 检查组成员 with qualifications
            header.Members.Select(m => (m.Name, m.Role, m.Qualifications.Count)));
        Assert.NotEmpty(header.Members.SelectMany(m => m.Qualifications));
        Assert.Equal(["王陪同，委托人质量部，陪同人员"], header.AccompanyingPersons);     // blank lines dropped
    }

    [Fact]
    public void Pcec_annex_2_none_accompanied_is_an_answer_and_cec_whose_report_lists_no_such_field_does_not_ask()
    {
        var (b, app, version) = PcecReadyToRecord();
        app.RecordVerifiedValue(b.Scheme, version, B.Leader, B.Start.AddDays(13), []);
        Assert.Empty(app.VerifiedValue!.Report!.AccompanyingPersons);

        var cec = B.Cec();
        Assert.DoesNotContain(cec.Scheme.VerificationReportFields, f => f.Key == CertificationApplication.AccompanyingPersonsField);
        var inspecting = cec.Inspecting();
        var v = inspecting.AttachModel(cec.Scheme, Guid.NewGuid(), new string('c', 64), 12.5, "1 piece", B.Leader, B.Start.AddDays(11));
        foreach (var item in cec.Scheme.Verification.Items)
        {
            inspecting.RecordVerificationItem(cec.Scheme, new VerificationItemResult(item.Key, true, null));
        }
        inspecting.RecordVerifiedValue(cec.Scheme, v.Version, B.Leader, B.Start.AddDays(11));
        Assert.NotNull(inspecting.VerifiedValue!.Report);
    }
}
