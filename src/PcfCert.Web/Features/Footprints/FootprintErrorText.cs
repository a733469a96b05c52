using Microsoft.Extensions.Localization;
using PcfCert.Footprint;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Footprints;

/// <summary>
/// An engine error in the user's language: where in the model (JSON path), what kind of error (its code), and the
/// values it names. The engine's own English sentence stays in the API's problem document.
/// </summary>
public static class FootprintErrorText
{
    public static string Describe(IStringLocalizer<SharedResource> l, Error error)
    {
        var what = l["FootprintError." + error.Code].Value;
        if (error.Arguments.Count > 0)
        {
            what += " (" + string.Join(", ", error.Arguments.Select(a => $"{a.Key}: {a.Value}")) + ")";
        }
        return l["Footprint.ModelError", string.IsNullOrEmpty(error.Path) ? "/" : error.Path, what].Value;
    }
}
