namespace PcfCert.Certification.Schemes;

/// <summary>
/// Every time limit and count of a scheme, under fixed names the workflow reads. Each is present in
/// every definition; its <see cref="SchemeParameter{T}.Value"/> is null where the rule sets none.
/// </summary>
/// <param name="CertificationTimeLimitDays">Calendar days from acceptance to conclusion/certificate (see <see cref="SchemeDefinition.CertificationTimeLimit"/>).</param>
/// <param name="ApplicationAcceptanceWorkingDays">Working days, after documents are complete, to accept or refuse.</param>
/// <param name="CertificateIssuanceDays">Days after verified rectification to issue the certificate.</param>
/// <param name="TerminationNoticeDays">Days after the inspection to send the failure notice and terminate.</param>
/// <param name="RectificationMonths">Months to rectify nonconformities of the initial on-site inspection.</param>
/// <param name="MaxRectificationSubmissions">How many times rectification material may be submitted.</param>
/// <param name="SurveillanceIntervalMaxMonths">Maximum months between surveillance inspections.</param>
/// <param name="FirstSurveillanceEarliestMonths">Months after initial inspection or certification from which surveillance may be held.</param>
/// <param name="SurveillanceRectificationMonths">Months to rectify nonconformities found in surveillance.</param>
/// <param name="SuspensionMaxMonths">Maximum months of suspension before revocation.</param>
/// <param name="SuspensionDeadlineDays">Days after confirming non-conformity within which the body suspends.</param>
/// <param name="CertificateValidityMonths">Certificate validity.</param>
/// <param name="RenewalApplicationMonthsBeforeExpiry">Months before expiry for the renewal application (see <see cref="SchemeDefinition.Renewal"/>).</param>
/// <param name="RecordRetentionMonths">Minimum months the factory keeps certification records.</param>
/// <param name="MinTeamMembers">Minimum inspection-team members.</param>
/// <param name="MinPersonDaysPerSite">Minimum person-days counted per production site (see <see cref="TeamRules.PersonDays"/>).</param>
/// <param name="CutOffMassShareMax">Maximum share of product mass the excluded inputs may reach (0.05 = 5 %).</param>
/// <param name="UnplannedIncreaseThreshold">Footprint increase from an unplanned change that voids the result (0.10 = 10 %).</param>
/// <param name="PlannedIncreaseThreshold">Footprint increase from a planned change that voids the result.</param>
/// <param name="IncreasePersistenceMonths">How long the increase must last to void the result.</param>
/// <param name="MarkMinSizeMm">Minimum size of the certification mark in millimetres.</param>
/// <param name="ResultUnitKg">
/// Kilograms of CO2e in one unit of the stated result: 1000 where the rule states results in tCO2e (CEC 5.4.3.1);
/// null where it names no unit (kg CO2e, the engine's unit). See <see cref="FootprintResultUnit"/>.
/// </param>
public sealed record SchemeParameters(
    SchemeParameter<int> CertificationTimeLimitDays,
    SchemeParameter<int> ApplicationAcceptanceWorkingDays,
    SchemeParameter<int> CertificateIssuanceDays,
    SchemeParameter<int> TerminationNoticeDays,
    SchemeParameter<int> RectificationMonths,
    SchemeParameter<int> MaxRectificationSubmissions,
    SchemeParameter<int> SurveillanceIntervalMaxMonths,
    SchemeParameter<int> FirstSurveillanceEarliestMonths,
    SchemeParameter<int> SurveillanceRectificationMonths,
    SchemeParameter<int> SuspensionMaxMonths,
    SchemeParameter<int> SuspensionDeadlineDays,
    SchemeParameter<int> CertificateValidityMonths,
    SchemeParameter<int> RenewalApplicationMonthsBeforeExpiry,
    SchemeParameter<int> RecordRetentionMonths,
    SchemeParameter<int> MinTeamMembers,
    SchemeParameter<decimal> MinPersonDaysPerSite,
    SchemeParameter<decimal> CutOffMassShareMax,
    SchemeParameter<decimal> UnplannedIncreaseThreshold,
    SchemeParameter<decimal> PlannedIncreaseThreshold,
    SchemeParameter<int> IncreasePersistenceMonths,
    SchemeParameter<decimal> MarkMinSizeMm,
    SchemeParameter<decimal> ResultUnitKg)
{
    /// <summary>Every parameter with its definition-file name (camelCase), in declaration order.</summary>
    public IEnumerable<KeyValuePair<string, ISchemeParameter>> All() =>
        typeof(SchemeParameters).GetProperties()
            .Where(p => typeof(ISchemeParameter).IsAssignableFrom(p.PropertyType))
            .Select(p => KeyValuePair.Create(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name), (ISchemeParameter)p.GetValue(this)!));
}
