using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using PcfCert.Web.Tests.Certificates;
using PcfCert.Web.Tests.Infrastructure;
using UglyToad.PdfPig;
using static PcfCert.Web.Tests.Records.RecordPdf;
using static PcfCert.Web.Tests.Records.RecordFileScenario;

namespace PcfCert.Web.Tests.Records;

/// <summary>The certificate's seal, signatory and change date on one A4 page, and the certification mark for its holder.</summary>
public abstract class CertificateAndMarkScenarios<TFixture>(TFixture f) where TFixture : RecordFiles
{
    [Fact]
    public void The_certificate_carries_the_configured_seal_and_signatory_on_one_page_and_a_changed_version_its_change_date()
    {
        var original = f.Cec[$"certificates/{f.Files.CertificateNumber}-v1.pdf"];
        var changed = f.Cec[$"certificates/{f.Files.CertificateNumber}-v2.pdf"];
        foreach (var pdf in new[] { original, changed })
        {
            Assert.Equal(1, PdfText.PageCount(pdf));
            var text = Text(pdf);
            Shows(text, "授权签字人");
            Shows(text, SealSettings.Signatory);
            using var document = PdfDocument.Open(pdf);
            Assert.True(document.GetPage(1).GetImages().Count() >= 2, "the QR code and the seal image"); // both are raster images
        }
        // CEC 7.3: a changed certificate keeps number and validity and notes the change date; the original has none.
        Assert.DoesNotContain(Squeeze("换证日期"), Text(original));
        var v2 = Text(changed);
        Shows(v2, "换证日期");
        Shows(v2, "(v2)");
        Shows(v2, ChangedModel);
    }

    [Fact]
    public async Task A_verification_report_of_a_model_without_rated_datasets_says_so_instead_of_failing()
    {
        // ApprovedApplication.Model has one unrated factor: its result's dataQuality has dqr = null and band = null
        // (docs/result-format.md), which the report once read as a number and answered with an error.
        using var manager = await SignedIn(f.Host, Demo.Manager);
        var application = await CertificateData.ApprovedAsync(f.Host, CertificateData.Pcec);
        var response = await manager.Http.GetAsync($"/api/v1/applications/{application}/records/verification-report.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Text(await response.Content.ReadAsByteArrayAsync());
        Shows(text, "无已评级的数据集");
        var list = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{application}/records");
        Assert.Contains(list.GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "verification-report");
        // The application page lists the same documents as links, and the archive for staff.
        var page = await manager.Http.GetStringAsync($"/Applications/Details/{application}");
        Assert.Contains($"href=\"/api/v1/applications/{application}/records/verification-report.pdf\"", page);
        Assert.Contains("data-testid=\"record-archive\"", page);
    }

    [Fact]
    public async Task The_holder_downloads_the_mark_as_svg_and_png_in_the_same_proportions_while_valid_and_not_while_suspended()
    {
        using var holder = await SignedIn(f.Host, Demo.Applicant);
        using var manager = await SignedIn(f.Host, Demo.Manager);
        // A PCEC certificate of the holder, valid: PCEC 11.2 states a minimum size.
        var body = await CertificateData.IssueAsync(f.Host, manager, CertificateData.Pcec, f.Files.OrganisationId);
        var id = body.GetProperty("id").GetGuid();
        var number = body.GetProperty("number").GetString()!;

        var info = await holder.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}/mark");
        Assert.True(info.GetProperty("mayUse").GetBoolean());
        Assert.Equal(8m, info.GetProperty("minimumWidthMm").GetDecimal());
        Assert.Contains("8 mm（11.2）", info.GetProperty("rule").GetString());

        var svg = XDocument.Parse(await holder.Http.GetStringAsync($"/api/v1/certificates/{id}/mark.svg"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var box = svg.Root!.Attribute("viewBox")!.Value.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var ratio = box[2] / box[3];
        Assert.Equal(0.75, ratio, 1e-9); // 60 × 80 units
        Assert.Equal(ratio, Mm(svg.Root.Attribute("width")!.Value) / Mm(svg.Root.Attribute("height")!.Value), 1e-9);
        Assert.Equal("xMidYMid meet", svg.Root.Attribute("preserveAspectRatio")!.Value); // scaled, never stretched
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == number);
        Assert.Contains("8 mm", svg.Root.Element(ns + "desc")!.Value);

        var png = await holder.Http.GetByteArrayAsync($"/api/v1/certificates/{id}/mark.png");
        Assert.Equal(0x89504E47u, BinaryPrimitives.ReadUInt32BigEndian(png)); // PNG signature
        var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.Equal((600, 800), (width, height));
        Assert.Equal(ratio, (double)width / height, 1e-9);

        // Not the holder: nothing. Suspended (the scenario's CEC certificate, and this one once suspended): refused, naming the status.
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"/api/v1/certificates/{id}/mark.svg")).StatusCode);
        var (stranger, _, _) = await Scenario.NewApplicantAsync(f.Host);
        using (stranger)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync($"/api/v1/certificates/{id}/mark.png")).StatusCode);
        }
        var suspended = await holder.Http.GetAsync($"/api/v1/certificates/{f.Files.CertificateId}/mark.svg");
        Assert.Equal(HttpStatusCode.Conflict, suspended.StatusCode);
        Assert.Contains("不得使用认证标志", await suspended.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/revoke", new { reason = "测试撤销" })).StatusCode);
        var revoked = await holder.Http.GetAsync($"/api/v1/certificates/{id}/mark.png");
        Assert.Equal(HttpStatusCode.Conflict, revoked.StatusCode);
        Assert.Contains("撤销", await revoked.Content.ReadAsStringAsync());
        Assert.False((await holder.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}/mark")).GetProperty("mayUse").GetBoolean());
    }

    [Fact]
    public async Task The_mark_is_refused_for_a_cancelled_or_expired_certificate_and_each_revocation_and_cancellation_gets_its_notice()
    {
        using var holder = await SignedIn(f.Host, Demo.Applicant);
        using var manager = await SignedIn(f.Host, Demo.Manager);
        // CEC 7.2: valid 36 months. Issued 2022-03-01 → valid to 2025-02-28, so expired today (the tests run after 2026-12).
        var expired = (await CertificateData.IssueAsync(f.Host, manager, CertificateData.Cec, f.Files.OrganisationId, issuedOn: "2022-03-01")).GetProperty("id").GetGuid();
        var cancelled = await CertificateData.IssueAsync(f.Host, manager, CertificateData.Cec, f.Files.OrganisationId);
        var revoked = await CertificateData.IssueAsync(f.Host, manager, CertificateData.Pcec, f.Files.OrganisationId);
        const string CancelReason = "持证人申请注销：产品停产";
        const string RevokeReason = "暂停期满未恢复";
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{cancelled.GetProperty("id").GetGuid()}/cancel", new { reason = CancelReason })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{revoked.GetProperty("id").GetGuid()}/revoke", new { reason = RevokeReason })).StatusCode);

        foreach (var (id, status) in new[] { (expired, "过期失效"), (cancelled.GetProperty("id").GetGuid(), "注销"), (revoked.GetProperty("id").GetGuid(), "撤销") })
        {
            var info = await holder.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}/mark");
            Assert.False(info.GetProperty("mayUse").GetBoolean(), status);
            foreach (var format in new[] { "svg", "png" })
            {
                var refused = await holder.Http.GetAsync($"/api/v1/certificates/{id}/mark.{format}");
                Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
                Assert.Contains($"「{status}」，不得使用认证标志", await refused.Content.ReadAsStringAsync());
            }
        }

        // CEC 7.4 / PCEC 9.4: the cancellation and the revocation each get their notice in the certificate's file.
        foreach (var (certificate, title, reason) in new[] { (cancelled, "证书注销通知", CancelReason), (revoked, "证书撤销通知", RevokeReason) })
        {
            var id = certificate.GetProperty("id").GetGuid();
            var application = (await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}")).GetProperty("applicationId").GetGuid();
            var list = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{application}/records");
            var notice = list.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "status-notice");
            var text = Text(await manager.Http.GetByteArrayAsync(notice.GetProperty("pdf").GetString()));
            Shows(text, title);
            Shows(text, reason);
            Shows(text, certificate.GetProperty("number").GetString()!);
            Shows(text, "不得使用认证证书及认证标志");
        }
    }

    private static double Mm(string length) => double.Parse(length.Replace("mm", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
}

[Collection(SqliteRecordsCollection.Name)]
public sealed class CertificateAndMarkOnSqlite(SqliteRecordFiles f) : CertificateAndMarkScenarios<SqliteRecordFiles>(f);

[Collection(PostgreSqlRecordsCollection.Name)]
public sealed class CertificateAndMarkOnPostgreSql(PostgreSqlRecordFiles f) : CertificateAndMarkScenarios<PostgreSqlRecordFiles>(f);
