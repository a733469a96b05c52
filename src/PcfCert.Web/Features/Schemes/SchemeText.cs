using System.Globalization;
using PcfCert.Certification.Schemes;

namespace PcfCert.Web.Features.Schemes;

/// <summary>Picks the definition text in the UI language: Chinese unless the user chose English.</summary>
public static class SchemeText
{
    public static string Of(LocalizedText? text) =>
        text is null ? "" : CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal) ? text.En : text.Zh;
}
