using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Web.Features.Lists;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

public sealed class IndexModel(CertificateSearch search, CurrentUser me, SchemeCatalog schemes, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CertificateFilter Filter { get; set; } = new();

    public CertificateSearch.Result Result { get; private set; } = new([], 0, 1, 1);

    public IReadOnlyList<SchemeDefinition> Schemes => schemes.Schemes;

    public bool CanIssue => CertificateAccess.CanManage(me);

    public DateOnly Today { get; } = CertificateDates.Today(time);

    public async Task OnGetAsync(CancellationToken ct) => Result = await search.Handle(Filter, ct);

    /// <summary>The whole filtered list as CSV or Excel.</summary>
    public async Task<IActionResult> OnGetExportAsync(string format, CancellationToken ct)
    {
        string[] headers = [l["Pdf.Number"], l["Pdf.Applicant"], l["Field.applicantCreditCode"], l["Pdf.Product"], l["Certificate.Status"], l["Lists.IssuedOn"], l["Pdf.ValidUntil"]];
        var data = (await search.All(Filter, ct)).Select(r => (IReadOnlyList<string>)
        [
            r.Certificate.Number, r.Certificate.HolderName, r.CreditCode ?? string.Empty,
            $"{r.Certificate.Contents.Particulars.ProductName} / {r.Certificate.Contents.Particulars.Model}", l["CertificateStatus." + r.StatusToday],
            r.Certificate.IssuedOn.ToString("yyyy-MM-dd"), r.Certificate.ValidUntil.ToString("yyyy-MM-dd"),
        ]).ToList();
        return format == "xlsx"
            ? File(ListExport.Xlsx("certificates", headers, data), ListExport.XlsxType, "certificates.xlsx")
            : File(ListExport.Csv(headers, data), ListExport.CsvType, "certificates.csv");
    }
}
