using System.Globalization;
using Microsoft.Extensions.Localization;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Footprint.Inventory;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>Why a workbook could not be read, in the user's language, with the limit or the layout it did not meet.</summary>
public static class ImportFailureText
{
    /// <summary>The message of a stored failure (<c>reason</c> or <c>reason:detail</c>).</summary>
    public static string Describe(IStringLocalizer<SharedResource> l, string failure)
    {
        var at = failure.IndexOf(':', StringComparison.Ordinal);
        return at < 0 ? Describe(l, failure, null) : Describe(l, failure[..at], failure[(at + 1)..]);
    }

    public static string Describe(IStringLocalizer<SharedResource> l, string reason, string? detail)
    {
        var n = CultureInfo.InvariantCulture;
        return reason switch
        {
            "too-many-rows" => l["ImportFailure.too-many-rows", detail ?? "", WorkbookLimits.MaxRowsPerSheet.ToString("N0", n)],
            "too-many-cells" => l["ImportFailure.too-many-cells", detail ?? "", WorkbookLimits.MaxCellsPerSheet.ToString("N0", n)],
            "too-large" => l["ImportFailure.too-large", detail ?? "", (WorkbookLimits.MaxUnpackedBytes / 1024 / 1024).ToString(n)],
            "layout" => l["ImportFailure.layout", detail ?? "", string.Join(l["DataCollection.ListSeparator"].Value,
                InventoryFields.Line.Select((f, c) => $"{(char)('A' + c)} {InventoryTemplate.LineHeaders[f]}"))],
            _ => l["ImportFailure." + reason, detail ?? ""],
        };
    }
}
