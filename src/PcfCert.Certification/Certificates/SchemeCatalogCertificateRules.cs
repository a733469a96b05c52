using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Certificates;

/// <summary>
/// The certificate rules of every scheme in the catalog, read from its definition: validity, surveillance,
/// suspension, renewal and footprint-increase parameters, and whether a surveillance must record the
/// year-on-year reduction (the CEC 6.2 focus items). Only the number prefix is a platform choice the rules
/// do not make.
/// </summary>
public sealed class SchemeCatalogCertificateRules : ICertificateRulesSource
{
    /// <summary>Focus item key of a surveillance: did the footprint fall against the previous year (CEC 6.2 a).</summary>
    public const string FootprintDecreasedFocusKey = "footprint-decreased";

    /// <summary>Focus item key of a surveillance: was the reduction target met (CEC 6.2 b).</summary>
    public const string ReductionTargetMetFocusKey = "reduction-target-met";

    private readonly Dictionary<string, CertificateRules> _bySchemeId;

    /// <summary>Builds the rules of every scheme in <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The loaded, validated scheme catalog.</param>
    /// <param name="numberPrefixes">Certificate number prefix per scheme id; a scheme without one uses <see cref="DefaultNumberPrefix"/>.</param>
    public SchemeCatalogCertificateRules(SchemeCatalog catalog, IReadOnlyDictionary<string, string> numberPrefixes)
    {
        All = catalog.Schemes
            .Select(s => FromScheme(s, numberPrefixes.TryGetValue(s.Id, out var prefix) ? prefix : DefaultNumberPrefix(s)))
            .ToList();
        _bySchemeId = All.ToDictionary(r => r.SchemeId);
    }

    /// <inheritdoc />
    public IReadOnlyList<CertificateRules> All { get; }

    /// <inheritdoc />
    public CertificateRules? Find(string schemeId) => _bySchemeId.GetValueOrDefault(schemeId);

    /// <summary>The prefix used when none is configured: the scheme code's letters before the first separator, then "-PCF".</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>For example "CEC-PCF" for CEC-7065CVP-A/0.</returns>
    public static string DefaultNumberPrefix(SchemeDefinition scheme) =>
        new string(scheme.Code.TakeWhile(char.IsLetter).ToArray()).ToUpperInvariant() + "-PCF";

    /// <summary>Reads the certificate rules from a scheme definition.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="numberPrefix">Certificate number prefix.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="InvalidOperationException">A parameter a certificate cannot do without is null in the definition.</exception>
    public static CertificateRules FromScheme(SchemeDefinition scheme, string numberPrefix)
    {
        var p = scheme.Parameters;
        var focusKeys = scheme.Surveillance.FocusItems.Select(i => i.Key).ToHashSet();
        return new CertificateRules(
            SchemeId: scheme.Id,
            NumberPrefix: numberPrefix,
            ValidityMonths: Required(scheme, p.CertificateValidityMonths, "certificateValidityMonths"),
            SurveillanceIntervalMaxMonths: Required(scheme, p.SurveillanceIntervalMaxMonths, "surveillanceIntervalMaxMonths"),
            FirstSurveillanceEarliestMonths: p.FirstSurveillanceEarliestMonths.Value,
            SuspensionMaxMonths: Required(scheme, p.SuspensionMaxMonths, "suspensionMaxMonths"),
            SuspensionDeadlineDays: p.SuspensionDeadlineDays.Value,
            Renewal: new RenewalWindow(
                Required(scheme, p.RenewalApplicationMonthsBeforeExpiry, "renewalApplicationMonthsBeforeExpiry"),
                scheme.Renewal.Timing == RenewalTiming.WithinMonthsBeforeExpiry ? RenewalModality.WithinFinalMonths : RenewalModality.AtLeastMonthsBefore),
            UnplannedIncreaseThreshold: Required(scheme, p.UnplannedIncreaseThreshold, "unplannedIncreaseThreshold"),
            PlannedIncreaseThreshold: Required(scheme, p.PlannedIncreaseThreshold, "plannedIncreaseThreshold"),
            IncreasePersistenceMonths: Required(scheme, p.IncreasePersistenceMonths, "increasePersistenceMonths"),
            // PCEC 8.3 says only "规定期限" for surveillance; the one limit the rule does set for rectification is the
            // on-site inspection's (7.4.2, 2 months), and a surveillance reuses that inspection, so it applies.
            RectificationMonths: p.SurveillanceRectificationMonths.Value
                ?? Required(scheme, p.RectificationMonths, "surveillanceRectificationMonths or rectificationMonths"),
            SurveillanceRecordsYearOnYearReduction:
                focusKeys.Contains(FootprintDecreasedFocusKey) && focusKeys.Contains(ReductionTargetMetFocusKey),
            MaxRectificationSubmissions: p.MaxRectificationSubmissions.Value,
            RestorationRequiresInspection: scheme.Suspension.RestorationRequiresInspection,
            ChangeKeepsNumber: scheme.CertificateChange.KeepsNumber,
            ChangeKeepsValidity: scheme.CertificateChange.KeepsValidity);
    }

    private static T Required<T>(SchemeDefinition scheme, SchemeParameter<T> parameter, string name) where T : struct =>
        parameter.Value ?? throw new InvalidOperationException(
            $"Scheme '{scheme.Id}': parameters.{name} is null, but a certificate needs it.");
}
