namespace PcfCert.Certification.Schemes;

/// <summary>
/// The overall certification time limit (认证时限): from <see cref="StartsAt"/> to <see cref="EndsAt"/>
/// within <see cref="SchemeParameters.CertificationTimeLimitDays"/> calendar days, not counting
/// <see cref="ExcludedDelays"/>. Run it with <c>Calendar.TimeLimitClock</c>.
/// </summary>
/// <param name="StartsAt">The event that starts the clock.</param>
/// <param name="EndsAt">The event that stops it; the two rules differ (conclusion vs certificate).</param>
/// <param name="Indicative">True when the rule says "一般" (generally), i.e. a target not an absolute bar.</param>
/// <param name="ExcludedDelays">Delays that do not count (pause reasons).</param>
/// <param name="Negotiated">Delays the body settles with the applicant instead (CEC: special quantification periods).</param>
/// <param name="Clause">Where the rule says it.</param>
/// <param name="Source">The rule's sentence.</param>
public sealed record TimeLimitRule(
    SchemeItem StartsAt,
    SchemeItem EndsAt,
    bool Indicative,
    IReadOnlyList<SchemeItem> ExcludedDelays,
    IReadOnlyList<SchemeItem> Negotiated,
    string Clause,
    string Source);
