namespace PcfCert.Web.Features.Applications;

/// <summary>A message to localise: its key and arguments (which may themselves be <see cref="FormText"/> or scheme texts).</summary>
public sealed record FormText(string Key, params object[] Arguments);

/// <summary>One problem of a form field: the field it is shown at and the message.</summary>
public sealed record FormProblem(string Field, FormText Text);

/// <summary>
/// Every problem of a whole form at once (a checklist of all clauses, several uploads): the runner answers with all of
/// them, each at its field, and saves nothing.
/// </summary>
public sealed class FormProblemsException(IReadOnlyList<FormProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Text.Key}")))
{
    public IReadOnlyList<FormProblem> Problems { get; } = problems;

    /// <summary>Throws when any problem was collected.</summary>
    public static void ThrowIfAny(IReadOnlyList<FormProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new FormProblemsException(problems);
        }
    }
}
