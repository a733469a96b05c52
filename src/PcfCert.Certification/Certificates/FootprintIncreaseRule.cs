namespace PcfCert.Certification.Certificates;

/// <summary>Whether the holder attributes a reported footprint to a change of the product's life cycle.</summary>
public enum FootprintChange
{
    /// <summary>No known change; an increase counts as unplanned.</summary>
    None,

    /// <summary>计划内变化.</summary>
    Planned,

    /// <summary>计划外变化.</summary>
    Unplanned,
}

/// <summary>A footprint the holder reports for one calendar month.</summary>
/// <param name="Month">First day of the month.</param>
/// <param name="Value">Footprint per functional unit, in the certificate's unit.</param>
/// <param name="Change">The change the holder attributes it to.</param>
public sealed record FootprintMonth(DateOnly Month, decimal Value, FootprintChange Change);

/// <summary>The verdict of the footprint-increase rule.</summary>
/// <param name="RecertificationRequired">Whether re-certification is required.</param>
/// <param name="ExceedingMonths">Length of the latest unbroken run of months above the threshold.</param>
/// <param name="RunStartedOn">First month of that run; null when there is none.</param>
/// <param name="LargestIncrease">Largest relative increase in that run (0.12 = 12 %).</param>
public sealed record FootprintIncreaseVerdict(bool RecertificationRequired, int ExceedingMonths, DateOnly? RunStartedOn, decimal LargestIncrease);

/// <summary>
/// CEC annex 3 clause 10.1 and PCEC annex 1 clause 11.1: an unplanned change raising the footprint by 10 % or more,
/// or a planned change by 5 % or more, lasting more than three months, calls for re-certification. "以上" includes
/// the number itself (Civil Code art. 1259), "超过三个月" does not: a run of 4 consecutive reported months is needed.
/// </summary>
public static class FootprintIncreaseRule
{
    /// <summary>Evaluates monthly reports against the certified value.</summary>
    /// <param name="certifiedValue">The footprint printed on the certificate.</param>
    /// <param name="reports">Monthly reports in any order; one per month (the latest filed wins upstream).</param>
    /// <param name="rules">The scheme's rules.</param>
    /// <returns>The verdict.</returns>
    public static FootprintIncreaseVerdict Evaluate(decimal certifiedValue, IEnumerable<FootprintMonth> reports, CertificateRules rules)
    {
        if (certifiedValue <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(certifiedValue), "The certified footprint is positive.");
        }
        // Runs of consecutive months at or above the threshold; the first run longer than the persistence wins,
        // otherwise the run still open at the latest report is reported.
        var runs = new List<(DateOnly Start, int Length, decimal Largest)>();
        DateOnly? previous = null;
        foreach (var report in reports.OrderBy(r => r.Month))
        {
            var increase = (report.Value - certifiedValue) / certifiedValue;
            var threshold = report.Change == FootprintChange.Planned ? rules.PlannedIncreaseThreshold : rules.UnplannedIncreaseThreshold;
            var continues = previous is { } p && p.AddMonths(1) == report.Month && runs.Count > 0 && runs[^1].Length > 0;
            if (increase >= threshold)
            {
                runs.Add(continues ? (runs[^1].Start, runs[^1].Length + 1, Math.Max(runs[^1].Largest, increase)) : (report.Month, 1, increase));
                if (continues)
                {
                    runs.RemoveAt(runs.Count - 2);
                }
            }
            else
            {
                runs.Add((report.Month, 0, 0m));
            }
            previous = report.Month;
        }
        var flagging = runs.FirstOrDefault(r => r.Length > rules.IncreasePersistenceMonths);
        if (flagging.Length > 0)
        {
            return new FootprintIncreaseVerdict(true, flagging.Length, flagging.Start, flagging.Largest);
        }
        var open = runs.Count > 0 ? runs[^1] : default;
        return new FootprintIncreaseVerdict(false, open.Length, open.Length > 0 ? open.Start : null, open.Largest);
    }
}
