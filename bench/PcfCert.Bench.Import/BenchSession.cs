using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// What the browser does, over any HttpClient (in memory or to a real server): sign in as the demo applicant, create a
/// CEC application with one unit, upload a workbook through the inventory page's form (with its antiforgery token) and
/// poll the status endpoint the page polls until the import is no longer running.
/// </summary>
internal sealed partial class BenchSession(HttpClient http)
{
    private string? _uploadToken;

    public async Task<Guid> SignInAndCreateApplicationAsync()
    {
        var login = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "applicant@demo.pcfcert.cn", ["Password"] = "PcfCert-demo-2026", ["__RequestVerificationToken"] = await TokenAsync("/Account/Login"),
        }));
        if ((int)login.StatusCode != 302)
        {
            throw new InvalidOperationException($"sign-in failed: {(int)login.StatusCode}");
        }
        var created = await http.PostAsJsonAsync("/api/v1/applications", new { schemeId = "cec-7065cvp-a0" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        const string party = "苏州示例电子元件有限公司", code = "91320594MA1N2K3P4Y", address = "江苏省苏州市工业园区星湖街 100 号";
        var form = await http.PostAsJsonAsync($"/api/v1/applications/{id}/actions/save-form", new
        {
            applicantName = party, applicantCreditCode = code, applicantAddress = address, manufacturerName = party, manufacturerCreditCode = code,
            manufacturerAddress = address, factoryName = party, factoryCreditCode = code, factoryAddress = address,
            unitProduct = new[] { "electronic-components" }, unitName = new[] { "薄膜电容器" }, unitModel = new[] { "CBB65 450V 30uF" },
            unitStandard = new[] { "GB/T 3667.1" }, unitSite = new[] { address },
        });
        form.EnsureSuccessStatusCode();
        return id;
    }

    public static string Page(Guid application) => $"/DataCollection/Inventory/{application}/0";

    /// <summary>Posts the workbook as the page's upload form does.</summary>
    public async Task<HttpResponseMessage> UploadAsync(Guid application, byte[] workbook)
    {
        using var upload = new MultipartFormDataContent
        {
            // The token of the first visit serves later uploads too (it is bound to the session, not to the visit): fetching the
            // page again would render a 50,000-line inventory with its checks, which is the page's memory, not the import's.
            { new StringContent(_uploadToken ??= await TokenAsync(Page(application))), "__RequestVerificationToken" },
            { new ByteArrayContent(workbook), "file", "bench.xlsx" },
        };
        return await http.PostAsync($"{Page(application)}?handler=Upload", upload);
    }

    /// <summary>The refusal the page shows for a hostile file (sheet and limit).</summary>
    public static async Task<string> RefusalAsync(HttpResponseMessage posted) =>
        LimitMessage().Match(WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync())).Value;

    /// <summary>Polls the import's status every 250 ms until it is no longer running; the first and last samples of progress.</summary>
    public async Task<(JsonElement Status, List<string> Samples)> WaitAsync(HttpResponseMessage posted, Stopwatch since, Func<string>? also = null)
    {
        var importId = posted.Headers.Location?.OriginalString.Split("import=")[1]
            ?? throw new InvalidOperationException($"upload answered {(int)posted.StatusCode} without an import");
        var samples = new List<string>();
        while (true)
        {
            var status = await http.GetFromJsonAsync<JsonElement>($"/api/v1/inventory-imports/{importId}");
            samples.Add($"{since.ElapsedMilliseconds} ms: {status.GetProperty("rowsRead").GetInt32()}/{status.GetProperty("totalRows").GetInt32()}{also?.Invoke()}");
            if (status.GetProperty("status").GetString() != "Running")
            {
                return (status, samples);
            }
            await Task.Delay(250);
        }
    }

    private async Task<string> TokenAsync(string page) => AntiforgeryToken().Match(await http.GetStringAsync(page)).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("工作表“[^”]+”超过[^<]+")]
    private static partial Regex LimitMessage();
}
