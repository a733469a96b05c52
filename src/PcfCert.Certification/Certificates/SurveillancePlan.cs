namespace PcfCert.Certification.Certificates;

/// <summary>One planned surveillance: the window in which it must take place.</summary>
/// <param name="Sequence">1 for the first surveillance after issuance.</param>
/// <param name="EarliestOn">First permitted day; null when the rule sets none.</param>
/// <param name="DueBy">Last permitted day (interval at most 12 months).</param>
/// <param name="CompletedOn">When it was carried out; null while pending.</param>
public sealed record PlannedSurveillance(int Sequence, DateOnly? EarliestOn, DateOnly DueBy, DateOnly? CompletedOn)
{
    /// <summary>Whether it is still to be done and its last day has passed.</summary>
    /// <param name="today">The date.</param>
    /// <returns>True when overdue.</returns>
    public bool IsOverdue(DateOnly today) => CompletedOn is null && today > DueBy;
}

/// <summary>
/// The surveillance plan of a certificate (CEC 6.1, PCEC 8.2). The first surveillance is due within the maximum
/// interval after issuance; each later one within the interval after the previous one was carried out. Under
/// PCEC none may take place before 6 months after the end of the initial inspection (or issuance, when that is
/// unknown). A surveillance whose last day would fall on or after the last day of validity is not planned:
/// re-certification takes its place.
/// </summary>
public static class SurveillancePlan
{
    /// <summary>Days before the last day from which a pending surveillance appears in the managers' due list.</summary>
    public const int DueListLeadDays = 60;

    /// <summary>Computes the plan.</summary>
    /// <param name="issuedOn">Issue date.</param>
    /// <param name="validUntil">Last day of validity.</param>
    /// <param name="initialInspectionEndedOn">End of the initial on-site inspection, when known.</param>
    /// <param name="completedPlanned">Dates of planned (not unannounced) surveillances carried out, in any order.</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>Completed and pending surveillances in order.</returns>
    public static IReadOnlyList<PlannedSurveillance> For(DateOnly issuedOn, DateOnly validUntil, DateOnly? initialInspectionEndedOn,
        IEnumerable<DateOnly> completedPlanned, CertificateRules rules)
    {
        var done = completedPlanned.Order().ToList();
        var plan = new List<PlannedSurveillance>();
        var anchor = issuedOn;
        // "…6个月后即可安排": after the 6 months have run, i.e. from the day after their last day.
        DateOnly? earliest = rules.FirstSurveillanceEarliestMonths is int months
            ? (initialInspectionEndedOn ?? issuedOn).AddMonths(months).AddDays(1)
            : null;
        for (var sequence = 1; ; sequence++)
        {
            var dueBy = anchor.AddMonths(rules.SurveillanceIntervalMaxMonths);
            DateOnly? completed = sequence <= done.Count ? done[sequence - 1] : null;
            if (completed is null && dueBy >= validUntil)
            {
                break;
            }
            plan.Add(new PlannedSurveillance(sequence, earliest, dueBy, completed));
            if (completed is null)
            {
                // Later windows depend on when this one is actually carried out; show them from its last day.
                anchor = dueBy;
                earliest = null;
                continue;
            }
            anchor = completed.Value;
            earliest = null;
        }
        return plan;
    }

    /// <summary>The next pending surveillance, if any.</summary>
    /// <param name="plan">A plan.</param>
    /// <returns>The first pending item or null.</returns>
    public static PlannedSurveillance? NextPending(IReadOnlyList<PlannedSurveillance> plan) => plan.FirstOrDefault(p => p.CompletedOn is null);

    /// <summary>Whether the next pending surveillance belongs in the due list on a date.</summary>
    /// <param name="plan">A plan.</param>
    /// <param name="today">The date.</param>
    /// <returns>True when due within <see cref="DueListLeadDays"/> days or overdue.</returns>
    public static bool IsDue(IReadOnlyList<PlannedSurveillance> plan, DateOnly today) =>
        NextPending(plan) is { } next && today >= next.DueBy.AddDays(-DueListLeadDays);
}
