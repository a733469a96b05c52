namespace PcfCert.Certification.Schemes;

/// <summary>One or more definition files are invalid; the message lists every error with file, path and reason.</summary>
public sealed class SchemeDefinitionException : Exception
{
    /// <summary>Creates the exception from the collected errors.</summary>
    /// <param name="errors">At least one error.</param>
    public SchemeDefinitionException(IReadOnlyList<SchemeDefinitionError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found.</summary>
    public IReadOnlyList<SchemeDefinitionError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<SchemeDefinitionError> errors) =>
        $"Invalid scheme definition ({errors.Count} error{(errors.Count == 1 ? "" : "s")}):"
        + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
}
