using PcfCert.Certification.Rules;
using PcfCert.Certification.Schemes;

namespace PcfCert.Certification.Workflow;

/// <summary>
/// The factory-assurance checklist rules shared by every on-site inspection: the initial one (CEC 5.4.4, PCEC 7.4.1)
/// and a surveillance, which "与 5.4 现场检查要求一致" (CEC 6.2) and checks "工厂保证能力…同7.4.1（1）" (PCEC 8.1).
/// </summary>
public static class InspectionChecklist
{
    /// <summary>
    /// Merges the verdicts of several clauses into a checklist (the day's checklist saved as one form). Clauses not in
    /// <paramref name="results"/> keep what they had; the result is in the scheme's clause order.
    /// </summary>
    /// <param name="scheme">The scheme whose checklist applies.</param>
    /// <param name="current">The verdicts recorded so far.</param>
    /// <param name="results">The verdicts to record.</param>
    /// <returns>The merged checklist.</returns>
    /// <exception cref="WorkflowException">Nothing to record, or unknown/repeated clauses (all listed); nothing is merged.</exception>
    public static IReadOnlyList<ChecklistResult> Merge(SchemeDefinition scheme, IReadOnlyList<ChecklistResult> current, IReadOnlyList<ChecklistResult> results)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            throw new WorkflowException(WorkflowError.MissingField, "checklist");
        }
        var problems = results
            .Where(r => scheme.FactoryAssuranceChecklist.Clauses.All(c => c.Id != r.ClauseId))
            .Select(r => WorkflowException.Problem(WorkflowError.UnknownItem, $"checklist.{r.ClauseId}", r.ClauseId))
            .Concat(results.GroupBy(r => r.ClauseId).Where(g => g.Count() > 1)
                .Select(g => WorkflowException.Problem(WorkflowError.InvalidValue, $"checklist.{g.Key}", $"checklist.{g.Key}")))
            .ToList();
        if (problems.Count > 0)
        {
            throw new WorkflowException(problems);
        }
        var recorded = results.Select(r => r.ClauseId).ToHashSet(StringComparer.Ordinal);
        return current.Where(c => !recorded.Contains(c.ClauseId)).Concat(results).OrderBy(c => ClauseOrder(scheme, c.ClauseId)).ToList();
    }

    /// <summary>Refuses a clause id the scheme's checklist does not have.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="clauseId">The clause.</param>
    /// <exception cref="WorkflowException"><see cref="WorkflowError.UnknownItem"/>.</exception>
    public static void RequireClause(SchemeDefinition scheme, string clauseId)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (scheme.FactoryAssuranceChecklist.Clauses.All(c => c.Id != clauseId))
        {
            throw new WorkflowException(WorkflowError.UnknownItem, clauseId);
        }
    }

    /// <summary>Every clause of the scheme not yet judged, by number and title, at <c>checklist.{id}</c>.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="checklist">The verdicts recorded.</param>
    /// <returns>One problem per unjudged clause.</returns>
    public static IReadOnlyList<DomainProblem> Unjudged(SchemeDefinition scheme, IReadOnlyList<ChecklistResult> checklist)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(checklist);
        return scheme.FactoryAssuranceChecklist.Clauses.Where(c => checklist.All(r => r.ClauseId != c.Id))
            .Select(c => WorkflowException.Problem(WorkflowError.ChecklistIncomplete, $"checklist.{c.Id}",
                new LocalizedText($"{c.Id} {c.Title.Zh}", $"{c.Id} {c.Title.En}")))
            .ToList();
    }

    /// <summary>
    /// A clause judged 不符合 is a nonconformity (CEC 5.6, 6.3; PCEC 7.4.2, 8.3): one must be raised against every such
    /// clause before the inspection can conclude.
    /// </summary>
    /// <param name="checklist">The verdicts recorded.</param>
    /// <param name="clausesWithNonconformity">Clause ids that have a nonconformity raised.</param>
    /// <returns>One problem per nonconforming clause without a nonconformity.</returns>
    public static IReadOnlyList<DomainProblem> NonconformitiesNotRaised(IReadOnlyList<ChecklistResult> checklist, IEnumerable<string?> clausesWithNonconformity)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var raised = clausesWithNonconformity.OfType<string>().ToHashSet(StringComparer.Ordinal);
        return checklist.Where(r => r.Verdict == ChecklistVerdict.Nonconforming && !raised.Contains(r.ClauseId))
            .Select(r => WorkflowException.Problem(WorkflowError.NonconformityNotRaised, $"checklist.{r.ClauseId}", r.ClauseId))
            .ToList();
    }

    private static int ClauseOrder(SchemeDefinition scheme, string clauseId) =>
        scheme.FactoryAssuranceChecklist.Clauses.Select((c, i) => (c.Id, i)).First(x => x.Id == clauseId).i;
}
