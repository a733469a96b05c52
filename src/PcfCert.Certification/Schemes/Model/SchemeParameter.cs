namespace PcfCert.Certification.Schemes;

/// <summary>How a parameter's value bounds the quantity it limits.</summary>
public enum ParameterBound
{
    /// <summary>不超过 / 不得超过 / 不大于 / 内: the quantity may equal the value.</summary>
    AtMost,

    /// <summary>至少 / 不低于 / 以上 (以上 includes the number itself).</summary>
    AtLeast,

    /// <summary>超过 / 大于: the quantity must exceed the value.</summary>
    MoreThan,

    /// <summary>The value is exact.</summary>
    Exactly,
}

/// <summary>
/// A time limit, count or threshold set by a rule. <see cref="Value"/> is null when the rule sets
/// none; <see cref="Note"/> then says why (e.g. "规定期限" without a number).
/// </summary>
/// <typeparam name="T">int for counts, days and months; decimal for shares and sizes.</typeparam>
/// <param name="Value">The number, or null.</param>
/// <param name="Clause">Where the rule sets it (required with a value).</param>
/// <param name="Source">The rule's sentence, quoted (required with a value).</param>
/// <param name="Bound">How the value bounds the quantity.</param>
/// <param name="Modality">How strongly the rule words it, when not plainly 应.</param>
/// <param name="Note">Reading or gap worth knowing.</param>
public sealed record SchemeParameter<T>(
    T? Value,
    string? Clause = null,
    string? Source = null,
    ParameterBound? Bound = null,
    Modality? Modality = null,
    LocalizedText? Note = null) : ISchemeParameter
    where T : struct
{
    decimal? ISchemeParameter.NumericValue => Value is { } value ? Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}

/// <summary>A parameter of any number type, for code that lists parameters generically (pages, validation).</summary>
public interface ISchemeParameter
{
    /// <summary>The value as a decimal, or null when the rule sets none.</summary>
    decimal? NumericValue { get; }

    /// <summary>Where the rule sets it.</summary>
    string? Clause { get; }

    /// <summary>The rule's sentence.</summary>
    string? Source { get; }

    /// <summary>How the value bounds the quantity.</summary>
    ParameterBound? Bound { get; }

    /// <summary>How strongly the rule words it.</summary>
    Modality? Modality { get; }

    /// <summary>Reading or gap worth knowing.</summary>
    LocalizedText? Note { get; }
}
