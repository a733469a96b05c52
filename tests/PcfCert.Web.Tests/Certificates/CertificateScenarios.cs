using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.Certificates;

/// <summary>Issuance, registry, status changes, changes and the footprint rule through the real host, on each provider.</summary>
public abstract class CertificateScenarios<THost>(THost host) : IClassFixture<THost> where THost : PcfCertHost
{
    [Fact]
    public async Task A_manager_issues_a_certificate_with_the_scheme_validity_and_the_next_number_of_the_year()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var first = await CertificateData.IssueAsync(host, manager, CertificateData.Pcec, issuedOn: "2026-03-15");
        var second = await CertificateData.IssueAsync(host, manager, CertificateData.Pcec, issuedOn: "2026-03-16");

        // PCEC 9.2: 2 years → 2026-03-15 + 24 months = 2028-03-15.
        Assert.Equal("2028-03-15", first.GetProperty("validUntil").GetString());
        Assert.Equal("Valid", first.GetProperty("status").GetString());
        var n1 = first.GetProperty("number").GetString()!;
        var n2 = second.GetProperty("number").GetString()!;
        Assert.StartsWith("PCEC-PCF-2026-", n1);
        Assert.Equal(int.Parse(n1[^5..]) + 1, int.Parse(n2[^5..]));
    }

    [Fact]
    public async Task A_certificate_without_an_approved_decision_is_refused_and_nothing_is_issued()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var before = (await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/certificates")).GetArrayLength();
        // The demo's data-collection application is a draft: no decision, so no certificate (CEC 5.7.1, PCEC 7.6).
        foreach (var application in new[] { PcfCert.Web.Hosting.DemoData.DemoApplicationId, Guid.NewGuid() })
        {
            var response = await manager.Http.PostAsJsonAsync("/api/v1/certificates", CertificateData.Command(application));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("批准的认证决定", problem.GetProperty("errors").GetProperty("applicationId")[0].GetString());
        }
        // The old free form's particulars are not a way round it either.
        var free = await manager.Http.PostAsJsonAsync("/api/v1/certificates", new { schemeId = CertificateData.Cec, particulars = new { productName = "x" } });
        Assert.Equal(HttpStatusCode.BadRequest, free.StatusCode);
        Assert.Equal(before, (await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/certificates")).GetArrayLength());
    }

    [Fact]
    public async Task An_empty_time_boundary_and_an_issue_date_before_the_decision_are_refused_together_naming_each_field()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var application = await CertificateData.ApprovedAsync(host, decidedOn: "2026-03-10");
        var before = (await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/certificates")).GetArrayLength();
        var response = await manager.Http.PostAsJsonAsync("/api/v1/certificates", new { applicationId = application, unitIndex = 0, issuedOn = "2026-03-09" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("请填写时间边界（起）。", errors.GetProperty("timeBoundaryFrom")[0].GetString());
        Assert.Equal("请填写时间边界（止）。", errors.GetProperty("timeBoundaryTo")[0].GetString());
        Assert.Equal("发证日期不能早于认证决定日期 2026-03-10。", errors.GetProperty("issuedOn")[0].GetString());
        Assert.Equal(before, (await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/certificates")).GetArrayLength());
        Assert.DoesNotContain("0001-01-01", await manager.GetPageAsync("/Registry"));
    }

    [Fact]
    public async Task The_certificate_takes_its_particulars_from_the_decision_and_a_second_one_is_refused_while_a_retry_returns_the_first()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var application = await CertificateData.ApprovedAsync(host, CertificateData.Pcec, footprint: 3.25m, decidedOn: "2026-03-10");
        var due = "2026-04-09"; // PCEC sets no 30-day limit; the page shows none. CEC 5.7.2 would: decision + 30 days.
        Assert.DoesNotContain(due, await manager.GetPageAsync($"/Applications/Details/{application}"));
        var cec = await CertificateData.ApprovedAsync(host, decidedOn: "2026-03-10");
        Assert.Contains("data-testid=\"certificate-due\"", await manager.GetPageAsync($"/Applications/Details/{cec}"));
        Assert.Contains(due, await manager.GetPageAsync($"/Applications/Details/{cec}"));

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/certificates") { Content = JsonContent.Create(CertificateData.Command(application, "2026-03-12")) };
        request.Headers.Add("Idempotency-Key", "retry-1");
        var first = await manager.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var issued = await first.Content.ReadFromJsonAsync<JsonElement>();
        var p = issued.GetProperty("particulars");
        Assert.Equal("潜油电泵", p.GetProperty("productName").GetString());
        Assert.Equal(3.25m, p.GetProperty("footprintValue").GetDecimal());
        Assert.Equal("kg CO2e/1 piece", p.GetProperty("footprintUnit").GetString());
        Assert.Equal("2025-01-01", p.GetProperty("reportingPeriodFrom").GetString());
        // PCEC 9.1 b: the implementation rule and GB/T 24067-2024 and the product's CTS standard; 9.1 g the issuing body.
        var basis = p.GetProperty("basis").GetString()!;
        Assert.Contains("ZCXH/XZ-15-2024", basis);
        Assert.Contains("GB/T 24067-2024", basis);
        Assert.Contains("CTS PCEC-", basis);
        Assert.Contains("中创新海", p.GetProperty("issuer").GetString());
        Assert.Equal(application, issued.GetProperty("applicationId").GetGuid());

        var retry = new HttpRequestMessage(HttpMethod.Post, "/api/v1/certificates") { Content = JsonContent.Create(CertificateData.Command(application, "2026-03-12")) };
        retry.Headers.Add("Idempotency-Key", "retry-1");
        var replayed = await manager.Http.SendAsync(retry);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal(issued.GetProperty("id").GetGuid(), (await replayed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        var second = await manager.Http.PostAsJsonAsync("/api/v1/certificates", CertificateData.Command(application));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains(issued.GetProperty("number").GetString()!, await second.Content.ReadAsStringAsync());
        // A client without idempotency keys retries the very same request (same unit, decision, date, remarks): the first certificate.
        var keyless = await manager.Http.PostAsJsonAsync("/api/v1/certificates", CertificateData.Command(application, "2026-03-12"));
        Assert.Equal(HttpStatusCode.OK, keyless.StatusCode);
        Assert.Equal(issued.GetProperty("id").GetGuid(), (await keyless.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        var all = await manager.Http.GetFromJsonAsync<JsonElement>("/api/v1/certificates");
        Assert.Single(all.EnumerateArray(), c => c.TryGetProperty("applicationId", out var a) && a.ValueKind == JsonValueKind.String && a.GetGuid() == application);

        await CertificateData.IssueAsync(manager, CertificateData.Command(cec));
        var page = await manager.GetPageAsync($"/Applications/Details/{cec}");
        Assert.DoesNotContain("data-testid=\"certificate-due\"", page); // the deadline goes once the certificate exists
        Assert.Contains("data-testid=\"issued-certificate\"", page);
    }

    [Fact]
    public async Task Only_a_certification_manager_issues_and_an_applicant_sees_only_its_own_certificates()
    {
        var (applicant, orgId, _) = await Scenario.NewApplicantAsync(host);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.Http.PostAsJsonAsync("/api/v1/certificates", CertificateData.Command(Guid.NewGuid()))).StatusCode);
        using var manager = await CertificateData.ManagerAsync(host);
        var own = await CertificateData.IssueAsync(host, manager, holder: orgId);
        var other = await CertificateData.IssueAsync(host, manager);
        Assert.Equal(HttpStatusCode.OK, (await applicant.Http.GetAsync($"/api/v1/certificates/{own.GetProperty("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.Http.GetAsync($"/api/v1/certificates/{other.GetProperty("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.Http.GetAsync($"/api/v1/certificates/{other.GetProperty("id")}/pdf")).StatusCode);
        var list = await applicant.Http.GetFromJsonAsync<JsonElement>("/api/v1/certificates");
        Assert.Equal(own.GetProperty("number").GetString(), Assert.Single(list.EnumerateArray()).GetProperty("number").GetString());
        applicant.Dispose();
    }

    [Fact]
    public async Task The_registry_shows_what_the_certificate_shows_to_anyone_and_nothing_else()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var issued = await CertificateData.IssueAsync(host, manager);
        var number = issued.GetProperty("number").GetString()!;
        using var anonymous = host.CreateTestClient();

        var response = await anonymous.Http.GetAsync($"/api/v1/registry/certificates/{number.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        var entry = JsonDocument.Parse(json).RootElement;
        Assert.Equal("Valid", entry.GetProperty("status").GetString());
        Assert.Equal("薄膜电容器", entry.GetProperty("productName").GetString());
        Assert.Equal(2.000m, entry.GetProperty("footprintValue").GetDecimal());
        Assert.Equal("Issue", entry.GetProperty("history")[0].GetProperty("event").GetString());
        Assert.DoesNotContain("SECRET", json); // project and decision references are not on the certificate
        Assert.DoesNotContain("holderOrganisationId", json);
        Assert.DoesNotContain("concurrencyStamp", json);

        var page = await anonymous.GetPageAsync($"/Registry/Certificates/{number}");
        Assert.Contains("薄膜电容器", page);
        Assert.Contains("有效", page);
    }

    [Fact]
    public async Task An_unknown_number_answers_the_same_404_whether_or_not_a_similar_number_exists()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var number = (await CertificateData.IssueAsync(host, manager)).GetProperty("number").GetString()!;
        var similar = number[..^1] + (number[^1] == '9' ? '8' : (char)(number[^1] + 1));
        using var anonymous = host.CreateTestClient();
        var a = await anonymous.Http.GetAsync($"/api/v1/registry/certificates/{similar}");
        var b = await anonymous.Http.GetAsync("/api/v1/registry/certificates/ZZZ-NOTHING-LIKE-IT-0000");
        var c = await anonymous.Http.GetAsync("/api/v1/registry/certificates/%3Cscript%3E");
        foreach (var r in new[] { a, b, c })
        {
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        }
        var bodies = new[] { a, b, c }.Select(r => r.Content.ReadAsStringAsync().Result).Distinct().ToList();
        Assert.Single(bodies);
        Assert.Equal(a.Content.Headers.ContentType?.ToString(), b.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task The_registry_finds_certificates_by_holder_name_and_the_demo_certificate_is_there()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var holder = $"检索测试{Guid.NewGuid():N}"[..12] + "有限公司";
        await CertificateData.IssueAsync(host, manager, applicant: holder);
        using var anonymous = host.CreateTestClient();
        var found = await anonymous.Http.GetFromJsonAsync<JsonElement>($"/api/v1/registry/certificates?holder={Uri.EscapeDataString(holder[..8])}");
        Assert.Equal(holder, Assert.Single(found.EnumerateArray()).GetProperty("holderName").GetString());
        var demo = await anonymous.Http.GetFromJsonAsync<JsonElement>($"/api/v1/registry/certificates?holder={Uri.EscapeDataString("苏州示例电子")}");
        Assert.NotEmpty(demo.EnumerateArray());
        Assert.Contains(holder, await anonymous.GetPageAsync($"/Registry?Holder={Uri.EscapeDataString(holder[..8])}"));
    }

    [Fact]
    public async Task A_suspension_shows_at_once_in_the_registry_and_the_notices_and_restoration_is_refused_without_an_application()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var issued = await CertificateData.IssueAsync(host, manager, CertificateData.Pcec);
        var id = issued.GetProperty("id").GetGuid();
        var number = issued.GetProperty("number").GetString()!;

        var suspend = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/suspend", new { reason = "监督不通过" });
        Assert.Equal(HttpStatusCode.OK, suspend.StatusCode);
        using var anonymous = host.CreateTestClient();
        var entry = await anonymous.Http.GetFromJsonAsync<JsonElement>($"/api/v1/registry/certificates/{number}");
        Assert.Equal("Suspended", entry.GetProperty("status").GetString());
        Assert.Equal("Suspend", entry.GetProperty("history")[1].GetProperty("event").GetString());
        Assert.DoesNotContain("监督不通过", entry.ToString()); // internal reason stays internal
        var notices = await anonymous.Http.GetFromJsonAsync<JsonElement>("/api/v1/registry/notices");
        Assert.Contains(notices.EnumerateArray(), n => n.GetProperty("number").GetString() == number && n.GetProperty("status").GetString() == "Suspended");

        // Restoration needs the holder's application and a re-inspection: CertificateLifeScenarios covers it (PCEC 9.4).
        var unasked = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/restore", new { });
        Assert.Equal(HttpStatusCode.BadRequest, unasked.StatusCode);
        Assert.Equal("Suspended", (await anonymous.Http.GetFromJsonAsync<JsonElement>($"/api/v1/registry/certificates/{number}")).GetProperty("status").GetString());

        var revoke = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/revoke", new { reason = "违规使用标志" });
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        var again = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/suspend", new { reason = "x" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_suspension_is_mailed_once_in_chinese_to_the_holder_users_and_the_managers_and_a_refused_one_to_nobody()
    {
        var (holder, orgId, holderEmail) = await Scenario.NewApplicantAsync(host);
        using var manager = await CertificateData.ManagerAsync(host);
        var issued = await CertificateData.IssueAsync(host, manager, holder: orgId);
        var id = issued.GetProperty("id").GetGuid();
        var number = issued.GetProperty("number").GetString()!;
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/suspend", new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/suspend", new { reason = "监督不通过" })).StatusCode);

        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<MailCertificateNotices>().Handle(CancellationToken.None);
        }
        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<MailCertificateNotices>().Handle(CancellationToken.None); // nothing left to send
        }

        var mails = Directory.GetFiles(host.MailDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
            .Where(m => m.Headers["X-PcfCert-Notice"]?.StartsWith($"suspended:{id}:") == true).ToList();
        var mail = Assert.Single(mails);
        Assert.Equal($"[PcfCert] {number} 证书已暂停 / Certificate suspended", mail.Subject);
        var to = mail.To.Mailboxes.Select(m => m.Address).ToList();
        Assert.Contains(holderEmail, to);
        Assert.Contains(Demo.Manager, to);
        Assert.Contains($"证书 {number}（无锡测试电子有限公司）：证书已暂停", mail.TextBody);
        holder.Dispose();
    }

    [Fact]
    public async Task The_holder_files_a_change_and_the_approval_issues_a_new_version_with_the_same_number_and_validity()
    {
        var (holder, orgId, _) = await Scenario.NewApplicantAsync(host);
        using var manager = await CertificateData.ManagerAsync(host);
        var issued = await CertificateData.IssueAsync(host, manager, holder: orgId);
        var id = issued.GetProperty("id").GetGuid();

        var filed = await holder.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/changes", new { kind = "ProductNameOrModel", description = "型号更名", model = "X1A 100V" });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var changeId = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await holder.Http.PostAsJsonAsync($"/api/v1/certificates/changes/{changeId}/review", new { action = "Approve" })).StatusCode);
        var approved = await manager.Http.PostAsJsonAsync($"/api/v1/certificates/changes/{changeId}/review", new { action = "Approve", note = "同意" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var after = await manager.Http.GetFromJsonAsync<JsonElement>($"/api/v1/certificates/{id}");
        Assert.Equal(issued.GetProperty("number").GetString(), after.GetProperty("number").GetString());
        Assert.Equal(issued.GetProperty("validUntil").GetString(), after.GetProperty("validUntil").GetString());
        Assert.Equal(2, after.GetProperty("version").GetInt32());
        Assert.Equal(Today(), after.GetProperty("changedOn").GetString());
        Assert.Equal("X1A 100V", after.GetProperty("particulars").GetProperty("model").GetString());
        holder.Dispose();
    }

    [Fact]
    public async Task The_signed_registry_document_verifies_with_the_published_key_and_detects_tampering()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var number = (await CertificateData.IssueAsync(host, manager)).GetProperty("number").GetString()!;
        using var anonymous = host.CreateTestClient();
        var jws = await anonymous.Http.GetStringAsync($"/api/v1/registry/certificates/{number}/signed");
        var jwks = await anonymous.Http.GetFromJsonAsync<JsonElement>("/.well-known/jwks.json");

        var parts = jws.Split('.');
        var header = JsonDocument.Parse(Base64Url(parts[0])).RootElement;
        Assert.Equal("ES256", header.GetProperty("alg").GetString());
        var key = jwks.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("kid").GetString() == header.GetProperty("kid").GetString());
        using var ecdsa = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url(key.GetProperty("x").GetString()!), Y = Base64Url(key.GetProperty("y").GetString()!) },
        });
        var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        Assert.True(ecdsa.VerifyData(signed, Base64Url(parts[2]), HashAlgorithmName.SHA256));
        var payload = JsonDocument.Parse(Base64Url(parts[1])).RootElement;
        Assert.Equal(number, payload.GetProperty("number").GetString());

        var forged = Encoding.UTF8.GetString(Base64Url(parts[1])).Replace("\"Valid\"", "\"Revoked\"");
        var forgedInput = Encoding.ASCII.GetBytes(parts[0] + "." + Convert.ToBase64String(Encoding.UTF8.GetBytes(forged)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
        Assert.False(ecdsa.VerifyData(forgedInput, Base64Url(parts[2]), HashAlgorithmName.SHA256));
    }

    [Fact]
    public async Task The_pdf_is_in_chinese_with_the_number_the_status_at_printing_and_the_registry_address()
    {
        using var manager = await CertificateData.ManagerAsync(host);
        var issued = await CertificateData.IssueAsync(host, manager);
        var id = issued.GetProperty("id").GetGuid();
        var number = issued.GetProperty("number").GetString()!;
        await manager.Http.PostAsJsonAsync($"/api/v1/certificates/{id}/suspend", new { reason = "测试暂停" });

        var response = await manager.Http.GetAsync($"/api/v1/certificates/{id}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = PdfText.Extract(pdf);
        Assert.Equal(1, PdfText.PageCount(pdf)); // the certificate, its status and its QR code on one A4 sheet
        Assert.Contains("产品碳足迹认证证书", text);
        Assert.Contains("Product Carbon Footprint Certificate", text);
        Assert.Contains(number, text);
        Assert.Contains("薄膜电容器", text);
        Assert.Contains("暂停", text); // status at printing
        Assert.Contains($"/Registry/Certificates/{number}", text);
        var png = await PdfText.RenderFirstPageAsync(pdf);
        Assert.True(png.Length > 10_000, "the rendered page is not empty");
        // The QR code, scanned from the rendered page, opens the registry entry of this certificate.
        var scanned = Assert.Single(await PdfText.ScanQrCodesAsync(pdf));
        Assert.EndsWith($"/Registry/Certificates/{number}", scanned);
        var registry = await host.CreateTestClient().Http.GetAsync(new Uri(scanned).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, registry.StatusCode);
        Assert.Contains(number, await registry.Content.ReadAsStringAsync());
    }

    private static string Today() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");

    private static byte[] Base64Url(string text) => System.Buffers.Text.Base64Url.DecodeFromChars(text);
}

public sealed class CertificatesOnSqlite(SqliteHost host) : CertificateScenarios<SqliteHost>(host);

public sealed class CertificatesOnPostgreSql(PostgreSqlHost host) : CertificateScenarios<PostgreSqlHost>(host);
