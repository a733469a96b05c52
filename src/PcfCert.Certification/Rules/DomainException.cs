namespace PcfCert.Certification.Rules;

/// <summary>One rule broken by one field.</summary>
/// <param name="Code">Which rule, e.g. <c>MissingField</c>; the UI localises it.</param>
/// <param name="Path">The field it concerns, as a dotted path in the request (<c>timeBoundary.from</c>,
/// <c>conclusion.conformityStatement</c>) or a JSON pointer into a document; empty when it concerns the whole object.</param>
/// <param name="Arguments">Values for the message (names, counts, dates).</param>
public sealed record DomainProblem(string Code, string Path, IReadOnlyList<object> Arguments)
{
    /// <summary>A problem without arguments.</summary>
    /// <param name="code">Which rule.</param>
    /// <param name="path">Which field.</param>
    public DomainProblem(string code, string path)
        : this(code, path, [])
    {
    }
}

/// <summary>
/// A domain rule refused an action; nothing was changed. Carries every problem found, each with the path of the
/// field it concerns, so a form can show them all at once next to their fields. Each area derives its own
/// exception with its own error enum (<c>WorkflowException</c>, <c>CertificateDomainException</c>); a boundary
/// that only needs the field paths catches this type.
/// </summary>
public abstract class DomainException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="problems">At least one problem.</param>
    /// <param name="message">A developer-facing explanation.</param>
    protected DomainException(IReadOnlyList<DomainProblem> problems, string message)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("A domain error needs at least one problem.", nameof(problems));
        }
        Problems = problems;
    }

    /// <summary>Every problem found, in the order the rules were checked.</summary>
    public IReadOnlyList<DomainProblem> Problems { get; }

    /// <summary>The field path of the first problem.</summary>
    public string Path => Problems[0].Path;
}
