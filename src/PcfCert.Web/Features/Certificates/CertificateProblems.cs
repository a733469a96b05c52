using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>Every problem of a refused certificate action, keyed by field path, in the user's language.</summary>
public static class CertificateProblems
{
    public static IReadOnlyDictionary<string, string[]> Describe(CertificateDomainException e, IStringLocalizer<SharedResource> l) =>
        e.Problems.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => Text(p, l)).ToArray());

    private static string Text(PcfCert.Certification.Rules.DomainProblem p, IStringLocalizer<SharedResource> l) => p.Code switch
    {
        nameof(CertificateError.IncompleteParticulars) => l["Certificate.Problem." + p.Arguments[0], l["Certificate.Path." + p.Path]],
        nameof(CertificateError.IssuedBeforeDecision) => l["CertificateError.IssuedBeforeDecision", ((DateOnly)p.Arguments[0]).ToString("yyyy-MM-dd")],
        _ => l["CertificateError." + p.Code],
    };
}
