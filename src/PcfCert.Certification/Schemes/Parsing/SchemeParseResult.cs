namespace PcfCert.Certification.Schemes;

/// <summary>The outcome of parsing one definition: the definition, or every error found.</summary>
/// <param name="Definition">The definition when there are no errors.</param>
/// <param name="Errors">Every error, empty on success.</param>
public sealed record SchemeParseResult(SchemeDefinition? Definition, IReadOnlyList<SchemeDefinitionError> Errors)
{
    /// <summary>True when the definition is valid.</summary>
    public bool IsValid => Definition is not null && Errors.Count == 0;
}
