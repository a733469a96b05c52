using PcfCert.Certification.Rules;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

/// <summary>
/// The conditions a scheme sets for an on-site inspection (<see cref="SchemeDefinition.OnSiteInspectionConditions"/>,
/// PCEC 7.4.1 "现场检查时，工厂应正常生产"), checked wherever an on-site inspection passes: the initial inspection and the
/// surveillance inspection that repeats it (PCEC 8.1 "同7.4.1").
/// </summary>
public static class InspectionConditions
{
    /// <summary>
    /// Each condition needs the team's record with what it observed; one that did not hold keeps the inspection from
    /// passing (it is held again, or failed).
    /// </summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="conclusion">The team's conclusion with its condition records; null when none was given.</param>
    /// <returns>One problem per missing or unmet condition, at <c>conclusion.conditions.{key}</c>.</returns>
    public static IEnumerable<DomainProblem> Problems(SchemeDefinition scheme, InspectionConclusion? conclusion)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        foreach (var condition in scheme.OnSiteInspectionConditions)
        {
            var path = $"conclusion.conditions.{condition.Key}";
            var recorded = conclusion?.Conditions?.FirstOrDefault(c => c.Key == condition.Key);
            if (recorded is null || string.IsNullOrWhiteSpace(recorded.Observation))
            {
                yield return WorkflowException.Problem(WorkflowError.MissingField, path, path);
            }
            else if (!recorded.Met)
            {
                yield return WorkflowException.Problem(WorkflowError.InspectionConditionNotMet, path, condition.Name, condition.Clause);
            }
        }
    }
}
