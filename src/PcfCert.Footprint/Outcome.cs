namespace PcfCert.Footprint;

/// <summary>Either a value or the errors that prevented it. Expected failures are values, not exceptions.</summary>
/// <typeparam name="T">Type of the value.</typeparam>
/// <param name="Value">The value when <see cref="IsSuccess"/>; otherwise null.</param>
/// <param name="Errors">All errors found; empty on success.</param>
public sealed record Outcome<T>(T? Value, IReadOnlyList<Error> Errors) where T : class
{
    /// <summary>True when there is a value and no error.</summary>
    public bool IsSuccess => Value is not null && Errors.Count == 0;

    /// <summary>A successful outcome.</summary>
    /// <param name="value">The value.</param>
    public static Outcome<T> Success(T value) => new(value, []);

    /// <summary>A failed outcome.</summary>
    /// <param name="errors">The errors, at least one.</param>
    public static Outcome<T> Failure(IReadOnlyList<Error> errors) => new(null, errors);
}
