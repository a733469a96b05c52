using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Schemes;
using PcfCert.Web.Features.Lists;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Applications;

public sealed class IndexModel(ApplicationSearch search, CurrentUser me, SchemeCatalog schemes, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>Days before a deadline from which a project counts as "near".</summary>
    public const int NearDays = ApplicationSearch.NearDays;

    [BindProperty(SupportsGet = true)]
    public ApplicationFilter Filter { get; set; } = new();

    public bool Due => Filter.Due;

    public ApplicationSearch.Result Result { get; private set; } = new([], 0, 1, 1);

    public IReadOnlyList<ApplicationSearch.Row> Rows => Result.Rows;

    public bool IsApplicant => me.IsApplicant;

    public IReadOnlyList<SchemeDefinition> Schemes => schemes.Schemes;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter.Due |= Request.Query["due"] == "true"; // the short link of earlier versions
        Result = await search.Handle(Filter, ct);
    }

    /// <summary>The whole filtered list (not only the page) as CSV or Excel.</summary>
    public async Task<IActionResult> OnGetExportAsync(string format, CancellationToken ct)
    {
        var rows = await search.All(Filter, ct);
        string[] headers = [l["Application.Number"], l["Application.Scheme"], l["Application.Applicant"], l["Field.applicantCreditCode"],
            l["Lists.Products"], l["Application.Status"], l["Lists.Team"], l["Lists.Created"], l["Application.NextDeadline"], l["Lists.TimeUsed"]];
        var data = rows.Select(r => (IReadOnlyList<string>)
        [
            r.Application.Number, r.Scheme.Code, r.Application.Applicant.Name, r.Application.Applicant.CreditCode,
            string.Join("; ", r.Application.Units.Select(u => $"{u.ProductName} {u.Model}")), l["Status." + r.Application.Status],
            string.Join("; ", r.Application.Team.Select(m => m.Name)), r.Application.CreatedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd"),
            r.Deadlines.Nearest is { } d ? $"{l["Deadline." + d.Key]} {d.Date:yyyy-MM-dd}" : string.Empty,
            r.Deadlines.Overall is { } c ? $"{c.ElapsedDays(r.Today)}/{c.LimitDays}" : string.Empty,
        ]).ToList();
        return format == "xlsx"
            ? File(ListExport.Xlsx("applications", headers, data), ListExport.XlsxType, "applications.xlsx")
            : File(ListExport.Csv(headers, data), ListExport.CsvType, "applications.csv");
    }
}
