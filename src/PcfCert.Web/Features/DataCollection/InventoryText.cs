using System.Globalization;
using Microsoft.Extensions.Localization;
using PcfCert.Footprint.Inventory;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.DataCollection;

/// <summary>An inventory problem in the user's language: where (sheet, row, column, field) and why.</summary>
public static class InventoryText
{
    public static string Describe(IStringLocalizer<SharedResource> l, InventoryIssue issue)
    {
        var reason = l["InventoryIssue." + issue.Code, [.. issue.Arguments]].Value;
        var field = l["InventoryField." + issue.Field].Value;
        return issue.Sheet == "form"
            ? l["InventoryIssue.InForm", field, reason].Value
            : l["InventoryIssue.At", issue.Sheet, issue.Row.ToString(CultureInfo.InvariantCulture), issue.Column, field, reason].Value;
    }
}
