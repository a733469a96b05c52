namespace PcfCert.Certification.Organisations;

/// <summary>
/// A 统一社会信用代码 (unified social credit code) as defined by GB 32100-2015: 18 characters
/// from a 31-character alphabet, the last of which is a check character over the first 17.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    // GB 32100-2015 table 1: the code alphabet excludes I, O, S, V and Z.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // GB 32100-2015 clause 5.2: weight of position i is 3^(i-1) mod 31.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    /// <summary>The 18 characters of the code, upper case.</summary>
    public string Value { get; }

    /// <summary>Parses a code, or explains why it is not one.</summary>
    /// <param name="text">The code as typed; surrounding white space is ignored, lower case is accepted.</param>
    /// <param name="code">The code when <paramref name="text"/> is valid.</param>
    /// <param name="error">Why <paramref name="text"/> is not a valid code, otherwise <c>null</c>.</param>
    /// <returns><c>true</c> when <paramref name="text"/> is a valid code.</returns>
    public static bool TryParse(string? text, out UnifiedSocialCreditCode? code, out CreditCodeError? error)
    {
        code = null;
        var value = (text ?? string.Empty).Trim().ToUpperInvariant();
        error = Check(value);
        if (error is null)
        {
            code = new UnifiedSocialCreditCode(value);
        }
        return error is null;
    }

    /// <summary>Computes the check character for the first 17 characters of a code.</summary>
    /// <param name="first17">The registration-authority, category, division and organisation parts.</param>
    /// <returns>The 18th character.</returns>
    public static char CheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != 17 || first17.Any(c => Alphabet.IndexOf(c) < 0))
        {
            throw new ArgumentException("Expected 17 characters from the GB 32100-2015 alphabet.", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i]) * Weights[i];
        }
        var check = (31 - sum % 31) % 31;
        return Alphabet[check];
    }

    private static CreditCodeError? Check(string value)
    {
        if (value.Length != 18)
        {
            return CreditCodeError.WrongLength;
        }
        if (value.Any(c => Alphabet.IndexOf(c) < 0))
        {
            return CreditCodeError.InvalidCharacter;
        }
        // Positions 3–8 are the administrative division code (GB/T 2260): digits only.
        if (!value.AsSpan(2, 6).ToString().All(char.IsAsciiDigit))
        {
            return CreditCodeError.InvalidDivisionCode;
        }
        return CheckCharacter(value[..17]) == value[17] ? null : CreditCodeError.WrongCheckCharacter;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Why a text is not a unified social credit code.</summary>
public enum CreditCodeError
{
    /// <summary>Not 18 characters long.</summary>
    WrongLength,

    /// <summary>Contains a character outside the GB 32100-2015 alphabet (I, O, S, V, Z and punctuation are not used).</summary>
    InvalidCharacter,

    /// <summary>Positions 3–8 are not a six-digit administrative division code.</summary>
    InvalidDivisionCode,

    /// <summary>The 18th character does not match the check character computed from the first 17.</summary>
    WrongCheckCharacter,
}
