namespace PcfCert.Footprint;

/// <summary>
/// An expected failure of parsing, validation or calculation. <see cref="Code"/> and
/// <see cref="Arguments"/> let a user interface localise the message; <see cref="Message"/> is English.
/// </summary>
/// <param name="Code">Domain error code, for example <see cref="ErrorCode.MissingEmissionFactor"/>.</param>
/// <param name="Path">JSON pointer (RFC 6901) of the offending field, for example <c>/processes/2/inputs/0/unit</c>; empty for the whole document.</param>
/// <param name="Message">English description of the failure.</param>
/// <param name="Arguments">Named values inserted in the message (ids, units, numbers), for localisation.</param>
public sealed record Error(ErrorCode Code, string Path, string Message, IReadOnlyDictionary<string, string> Arguments)
{
    /// <summary>Creates an error without arguments.</summary>
    /// <param name="code">Domain error code.</param>
    /// <param name="path">JSON pointer of the offending field.</param>
    /// <param name="message">English description.</param>
    public static Error Of(ErrorCode code, string path, string message) =>
        new(code, path, message, new Dictionary<string, string>());

    /// <summary>Creates an error with named arguments.</summary>
    /// <param name="code">Domain error code.</param>
    /// <param name="path">JSON pointer of the offending field.</param>
    /// <param name="message">English description.</param>
    /// <param name="arguments">Pairs of argument name and value.</param>
    public static Error Of(ErrorCode code, string path, string message, params (string Name, object? Value)[] arguments) =>
        new(code, path, message, arguments.ToDictionary(a => a.Name, a => Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));

    /// <inheritdoc />
    public override string ToString() => $"{Code} at {(Path.Length == 0 ? "/" : Path)}: {Message}";
}
