using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PcfCert.Web.Tests.Infrastructure;
using static PcfCert.Web.Tests.Records.RecordPdf;
using static PcfCert.Web.Tests.Records.RecordFileScenario;

namespace PcfCert.Web.Tests.Records;

/// <summary>Each document of the certification file, printed from the scenario's data and read back field by field.</summary>
public abstract class DocumentScenarios<TFixture>(TFixture f) where TFixture : RecordFiles
{
    private static readonly JsonElement CecScheme = Scheme(Cec);
    private static readonly JsonElement PcecScheme = Scheme(Pcec);

    [Fact]
    public void The_on_site_inspection_report_states_every_cec_5_6_item_the_full_checklist_and_the_consistency_check()
    {
        var text = Text(f.Cec["documents/inspection-report.pdf"]);
        Shows(text, "现场检查报告");
        // CEC 5.6 a–d, in order, as the scheme quotes them.
        ShowsInOrder(text, Names(CecScheme.GetProperty("inspectionConclusionContents")));
        // a) purpose, basis and scope from the plan; b) the applicant with its address; c) the nonconformity; d) both verdicts.
        Shows(text, "初次认证现场检查");
        Shows(text, "认证实施规则");
        Shows(text, "全部认证单元");
        Shows(text, "江苏省苏州市工业园区星湖街 100 号");
        Shows(text, "91320594MA1N2K3P4Y");
        Shows(text, "NC-1");
        Shows(text, NcDescription);
        Shows(text, "2027-01-31");
        // docs/model-format.md: 0.880764 + 0.079433852425 = 0.960197852425 → 0.9602 at four decimals.
        Shows(text, "核查值 0.9602 kg CO2e / 1 piece");
        Shows(text, "符合：全部 13 条款符合或不适用，不符合项均已关闭");
        Shows(text, Conclusion["conclusion"]);
        // The full checklist: every one of annex 3's 13 clauses with its verdict and evidence.
        foreach (var clause in CecScheme.GetProperty("factoryAssuranceChecklist").GetProperty("clauses").EnumerateArray())
        {
            Shows(text, clause.GetProperty("title").GetProperty("zh").GetString()!);
            Shows(text, "查看记录 " + clause.GetProperty("id").GetString());
        }
        Shows(text, "批号 2611-03 随机抽取 2 件");
        Shows(text, "张检查员");
        Shows(text, "刘核查员");
    }

    [Fact]
    public void The_verification_report_follows_pcec_annex_2_cover_fields_team_table_and_all_thirteen_sections_in_order()
    {
        var text = Text(f.Pcec["documents/verification-report.pdf"]);
        Shows(text, "产品碳足迹核查报告");
        var fields = Names(PcecScheme.GetProperty("verificationReportFields")).ToList();
        Assert.Equal(11, fields.Count);
        ShowsInOrder(text, fields);
        ShowsInOrder(text, ["姓名", "职责", "资质", "签字", "张检查员", "组长"]);
        Shows(text, "任务编号" + f.Files.PcecNumber);
        Shows(text, "核查机构中创新海（天津）认证服务有限公司");
        Shows(text, "核查日期2026-12-01 — 2026-12-02");
        var sections = Names(PcecScheme.GetProperty("verificationReportSections")).ToList();
        Assert.Equal(13, sections.Count);
        ShowsInOrder(text, sections);
        // 九: the stage chart (docs/model-format.md: production 0.880764, raw materials 0.079433852425).
        ShowsInOrder(text, ["原材料获取", "0.0794 kg CO2e", "生产制造", "0.8808 kg CO2e"]);
        Shows(text, "9245a80e5d628083e681634d23c31f52b8aa2ea8867dd875d2df4569c9ad2988");
        // 十二: the capacitor model carries distributions, so a reproducible Monte Carlo run is reported.
        Shows(text, "蒙特卡洛模拟：10000 次迭代，随机种子 1");
        Shows(text, "95% 区间");
    }

    [Fact]
    public async Task Every_cover_field_of_the_pcec_annex_2_report_carries_its_value_from_the_data_and_the_team_table_each_members_qualification()
    {
        using var manager = await SignedIn(f.Host, Demo.Manager);
        var a = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{f.Files.PcecId}");
        var text = Text(f.Pcec["documents/verification-report.pdf"]);
        var unit = a.GetProperty("units")[0];
        var verified = a.GetProperty("verifiedValue");
        var plan = a.GetProperty("plan");
        // PCEC annex 2's cover, label by label, each followed by the value the application holds.
        var expected = new Dictionary<string, string>
        {
            ["task-number"] = a.GetProperty("number").GetString()!,
            ["applicant"] = a.GetProperty("applicant").GetProperty("name").GetString()!,
            ["manufacturer"] = a.GetProperty("manufacturer").GetProperty("name").GetString()!,
            ["factory"] = a.GetProperty("factory").GetProperty("name").GetString()!,
            ["product-name"] = unit.GetProperty("productName").GetString() + " " + unit.GetProperty("model").GetString(),
            ["verification-body"] = PcecScheme.GetProperty("issuer").GetProperty("name").GetProperty("zh").GetString()!,
            ["verification-dates"] = $"{plan.GetProperty("from").GetString()} — {plan.GetProperty("to").GetString()}",
            ["report-date"] = verified.GetProperty("recordedOn").GetString()!,
            // Asked of the team leader with the verified value and kept with it (PCEC annex 2 检查组同行人员).
            ["accompanying-persons"] = AccompanyingPerson,
        };
        Assert.Equal(AccompanyingPerson, verified.GetProperty("report").GetProperty("accompanyingPersons")[0].GetString());
        foreach (var field in PcecScheme.GetProperty("verificationReportFields").EnumerateArray())
        {
            if (expected.TryGetValue(field.GetProperty("key").GetString()!, out var value))
            {
                Shows(text, field.GetProperty("name").GetProperty("zh").GetString() + value);
            }
        }
        Shows(text, "功能单位/声明单位" + verified.GetProperty("declaredUnit").GetString());
        // The team table: name, role, every qualification of the member, an empty signature cell.
        foreach (var member in a.GetProperty("team").EnumerateArray())
        {
            var name = member.GetProperty("name").GetString()!;
            var qualifications = member.GetProperty("qualifications").EnumerateArray().Select(q => q.GetString()!).ToList();
            Assert.NotEmpty(qualifications);
            ShowsInOrder(text, [name, member.GetProperty("role").GetString() == "Leader" ? "组长" : "组员", .. qualifications.Select(Qualification)]);
        }
        // 十: the verified value the application holds, 0.9602 kg CO2e (see the CEC test above).
        Shows(text, "0.9602");
    }

    private static string Qualification(string key) => key switch
    {
        "competent-inspector" => "有能力的检查员",
        "voluntary-product-certification-registration" => "自愿性产品认证检查员注册资质",
        "ghg-verifier-registration" => "温室气体核查员注册资格",
        _ => key,
    };

    [Fact]
    public void The_pcec_inspection_report_has_the_four_parts_all_fourteen_annex_1_clauses_and_the_consistency_check()
    {
        // PCEC 7.4.3 asks for a report "依据实际情况" without listing its contents: the same four parts as CEC 5.6.
        var text = Text(f.Pcec["documents/inspection-report.pdf"]);
        Shows(text, "现场检查报告");
        var clauses = PcecScheme.GetProperty("factoryAssuranceChecklist").GetProperty("clauses").EnumerateArray().ToList();
        Assert.Equal(14, clauses.Count);
        foreach (var clause in clauses)
        {
            Shows(text, clause.GetProperty("title").GetProperty("zh").GetString()!);
            Shows(text, "查看记录 " + clause.GetProperty("id").GetString());
        }
        Shows(text, "初次认证现场检查");
        Shows(text, "ZCXH/XZ-15-2024");
        // PCEC 7.4.1 "现场检查时，工厂应正常生产": the team's record is printed.
        Shows(text, "现场检查时工厂正常生产（7.4.1）");
        Shows(text, "是：" + NormalProduction);
        Shows(text, "批号 2611-03 随机抽取 2 件");
        Shows(text, "符合：全部 14 条款符合或不适用");
        Shows(text, "核查值 0.9602 kg CO2e");
        Shows(text, "张检查员");
    }

    [Fact]
    public async Task An_application_not_accepted_gets_the_rejection_notice_with_its_reason()
    {
        // PCEC 7.2: the body decides whether to accept; refused, the applicant is told why (不予受理通知书).
        using var applicant = await SignedIn(f.Host, Demo.Applicant);
        var list = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{f.Files.RejectedId}/records");
        Assert.Contains(list.GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "acceptance-notice");
        var text = Text(await applicant.Http.GetByteArrayAsync($"/api/v1/applications/{f.Files.RejectedId}/records/acceptance-notice.pdf"));
        Shows(text, "不予受理通知书");
        Shows(text, RejectionReason);
        Shows(text, "苏州示例电子元件有限公司");
        Assert.DoesNotContain(Squeeze("认证合同签订日期"), text);
    }

    [Fact]
    public void The_acceptance_notice_the_plan_and_the_document_review_show_the_contract_the_team_and_the_5_3_3_conclusion()
    {
        var notice = Text(f.Cec["documents/acceptance-notice.pdf"]);
        Shows(notice, "受理通知书");
        Shows(notice, "认证合同签订日期2026-11-20");
        Shows(notice, "自受理之日起 90 日");
        Shows(notice, "苏州示例电子元件有限公司");
        Shows(notice, "CBB65 450V 30uF");

        var plan = Text(f.Pcec["documents/inspection-plan.pdf"]);
        Shows(plan, "检查计划");
        foreach (var (label, value) in new[] { ("检查目的", "初次认证现场检查"), ("检查依据", "ZCXH/XZ-15-2024"), ("检查范围", "潜油泵"), ("计划检查日期", "2026-12-01 — 2026-12-02") })
        {
            Shows(plan, label + value);
        }
        Shows(plan, "张检查员");

        var review = Text(f.Cec["documents/document-review.pdf"]);
        Shows(review, "文件评审结论");
        Shows(review, "a) 具备现场检查条件");
        Assert.False(f.Pcec.ContainsKey("documents/document-review.pdf")); // PCEC has no separate document review step
    }

    [Fact]
    public void The_nonconformity_report_shows_the_deadline_and_the_whole_rectification_history()
    {
        var text = Text(f.Cec["documents/nonconformity-report.pdf"]);
        Shows(text, "不符合项报告");
        ShowsInOrder(text, ["NC-1", NcDescription, "2027-01-31", "已关闭"]);
        ShowsInOrder(text, [FirstRectification, "退回", ReturnedComment, SecondRectification, "整改有效"]);
        Shows(text, "规则未规定，由检查组确定"); // CEC's initial inspection sets no period
    }

    [Fact]
    public void The_evaluation_the_decision_and_the_refusal_with_its_30_day_notice_are_printed_from_the_project()
    {
        var evaluation = Text(f.Cec["documents/evaluation-report.pdf"]);
        Shows(evaluation, "综合评价报告");
        Shows(evaluation, "推荐批准认证");
        Shows(evaluation, "文件评审、现场检查和核查结果符合要求");

        var approved = Text(f.Cec["documents/decision.pdf"]);
        Shows(approved, "批准认证，颁发产品碳足迹认证证书");
        Shows(approved, f.Files.CertificateNumber);

        var refused = Text(f.Pcec["documents/decision.pdf"]);
        Shows(refused, "不批准认证，终止认证");
        Shows(refused, RefusalReasons);
        var pcecNotice = Text(f.Pcec["documents/termination-notice.pdf"]);
        Shows(pcecNotice, "认证不合格通知");
        Shows(pcecNotice, "规则未规定期限"); // PCEC 7.6 asks for a written notice but sets no period
    }

    [Fact]
    public async Task A_cec_refusal_gets_the_not_passed_notice_due_30_days_after_the_decision()
    {
        using var manager = await SignedIn(f.Host, Demo.Manager);
        var application = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{f.Files.RefusedCecId}");
        var decided = DateOnly.Parse(application.GetProperty("decision").GetProperty("on").GetString()!, CultureInfo.InvariantCulture);
        var text = Text(await manager.Http.GetByteArrayAsync($"/api/v1/applications/{f.Files.RefusedCecId}/records/termination-notice.pdf"));
        Shows(text, "认证不合格通知");
        Shows(text, RefusalReasons);
        // CEC 5.7.3: within 30 days; decided on D → by D + 30.
        Shows(text, $"{decided.AddDays(30):yyyy-MM-dd} 前（完成检查后 30 天内，5.7.3）");
        Shows(text, "需整改完成后重新申请认证");
    }

    [Fact]
    public void Surveillance_change_and_suspension_each_get_their_record()
    {
        var surveillance = Text(f.Cec.Single(e => e.Key.StartsWith("documents/surveillance-report-", StringComparison.Ordinal)).Value);
        Shows(surveillance, "监督检查报告");
        Shows(surveillance, "JD-2026-01");
        Shows(surveillance, "产品碳足迹量化值是否较上一年度有所下降(CEC 6.2 a)是");
        // CEC annex 1 五: the product changes stated at surveillance (SurveillanceData: none).
        Shows(surveillance, "产品信息变化情况（监督/增项/再认证时填写）（附件1 五）");
        Shows(surveillance, "地址及生产过程：无变化");

        var change = Text(f.Cec.Single(e => e.Key.StartsWith("documents/change-approval-", StringComparison.Ordinal)).Value);
        Shows(change, "变更批准");
        Shows(change, ChangedModel);
        Shows(change, "第 2 版");

        var suspension = Text(f.Cec.Single(e => e.Key.StartsWith("documents/status-notice-", StringComparison.Ordinal)).Value);
        Shows(suspension, "证书暂停通知");
        Shows(suspension, SuspensionReason);
        Shows(suspension, f.Files.CertificateNumber);
        Shows(suspension, "不得使用认证证书及认证标志");
    }

    [Fact]
    public async Task A_document_is_printed_in_english_for_an_english_reader_and_an_applicant_reads_only_what_is_sent_to_it()
    {
        using var manager = await SignedIn(f.Host, Demo.Manager);
        var english = Text(await manager.Http.GetByteArrayAsync($"/api/v1/applications/{f.Files.PcecId}/records/decision.pdf?lang=en"));
        Shows(english, "Certification decision");
        Shows(english, "Certification refused");
        Shows(english, RefusalReasons);

        // The annex 2 report for an English reader: the scheme's English cover labels and section titles, in order.
        var report = Text(await manager.Http.GetByteArrayAsync($"/api/v1/applications/{f.Files.PcecId}/records/verification-report.pdf?lang=en"));
        Shows(report, "Product carbon footprint verification report");
        ShowsInOrder(report, PcecScheme.GetProperty("verificationReportSections").EnumerateArray().Select(i => i.GetProperty("name").GetProperty("en").GetString()!));
        Assert.DoesNotContain(Squeeze("核查结论"), report);

        using var applicant = await SignedIn(f.Host, Demo.Applicant);
        var list = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{f.Files.CecId}/records");
        var kinds = list.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ToHashSet();
        Assert.Contains("inspection-report", kinds);
        Assert.DoesNotContain("evaluation-report", kinds);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.Http.GetAsync($"/api/v1/applications/{f.Files.CecId}/records/evaluation-report.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.Http.GetAsync($"/api/v1/applications/{f.Files.CecId}/records/archive.zip")).StatusCode);
        var (stranger, _, _) = await Scenario.NewApplicantAsync(f.Host);
        using (stranger)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/applications/{f.Files.CecId}/records")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/applications/{f.Files.CecId}/records/decision.pdf")).StatusCode);
        }
    }
}

[Collection(SqliteRecordsCollection.Name)]
public sealed class DocumentsOnSqlite(SqliteRecordFiles f) : DocumentScenarios<SqliteRecordFiles>(f);

[Collection(PostgreSqlRecordsCollection.Name)]
public sealed class DocumentsOnPostgreSql(PostgreSqlRecordFiles f) : DocumentScenarios<PostgreSqlRecordFiles>(f);
