using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Web.Features.Pact;
using PcfCert.Web.Tests.Certificates;
using PcfCert.Web.Tests.Infrastructure;
using W = PcfCert.Web.Tests.WorkflowScenarios<PcfCert.Web.Tests.Infrastructure.SqliteHost>;

namespace PcfCert.Web.Tests.Pact;

/// <summary>A certificate issued from a CEC application whose verified model is the capacitor worked example.</summary>
public static class PactData
{
    public sealed record Issued(Guid CertificateId, string Number, Guid OrganisationId, string ApplicationNumber, TestClient Holder);

    public static async Task<Issued> CertifiedCapacitorAsync(PcfCertHost host, Func<string, string>? editModel = null)
    {
        var (applicant, organisationId, _) = await Scenario.NewApplicantAsync(host);
        using var manager = await SignedIn(host, Demo.Manager);
        using var inspector = await SignedIn(host, Demo.Inspector);
        using var reviewer = await SignedIn(host, Demo.Reviewer);
        using var decision = await SignedIn(host, Demo.DecisionMaker);
        var id = await W.Draft(applicant, CertificateData.Cec, "electronic-components");
        await W.CecToInspection(applicant, manager, inspector, id);
        var scheme = await inspector.Http.GetFromJsonAsync<JsonElement>($"/api/v1/schemes/{CertificateData.Cec}");
        await W.PassChecklist(inspector, id, scheme);
        var model = await File.ReadAllTextAsync(Path.Combine(LocalizationTests.RepositoryRoot(), "docs", "examples", "capacitor.model.json"));
        model = editModel?.Invoke(model) ?? model;
        await W.Ok(inspector, id, "attach-model", new { model });
        await W.VerifyAll(inspector, id, scheme);
        await W.Ok(inspector, id, "record-verified-value", new { modelVersion = 1, noAccompanyingPersons = "true" });
        await W.Ok(inspector, id, "pass-inspection", W.Conclusion());
        await W.Ok(inspector, id, "issue-evaluation-report", W.EvaluationReport);
        await W.Ok(reviewer, id, "recommend", new { recommendApproval = "true", comment = "符合要求" });
        await W.Ok(decision, id, "decide", new { approve = "true" });
        var application = await applicant.Http.GetFromJsonAsync<JsonElement>($"/api/v1/applications/{id}");
        var number = application.GetProperty("number").GetString()!;
        // Issued from the decision: the particulars (holder, verified 0.9602 kg CO2e stated as 0.0009602 t CO2e, boundary) come from the application.
        var issued = await CertificateData.IssueAsync(manager, CertificateData.Command(id));
        return new Issued(issued.GetProperty("id").GetGuid(), issued.GetProperty("number").GetString()!, organisationId, number, applicant);
    }

    /// <summary>Runs one reconciliation now (the worker also runs every second; a lost race is retried by it).</summary>
    public static async Task PublishAsync(PcfCertHost host)
    {
        using var scope = host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<PublishPactFootprints>().Handle(CancellationToken.None);
    }

    private static async Task<TestClient> SignedIn(PcfCertHost host, string email)
    {
        var client = host.CreateTestClient();
        await client.SignInOkAsync(email);
        return client;
    }
}
