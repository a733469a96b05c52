using System.Globalization;

namespace PcfCert.Certification.Certificates;

/// <summary>A certificate number: scheme prefix, year and a gap-free sequence, e.g. <c>CEC-PCF-2026-00001</c>.</summary>
/// <param name="Prefix">The scheme's prefix.</param>
/// <param name="Year">Year of issue.</param>
/// <param name="Sequence">Sequence within scheme and year, from 1.</param>
public sealed record CertificateNumber(string Prefix, int Year, int Sequence)
{
    /// <summary>The printed number.</summary>
    public string Value => string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{Year:D4}-{Sequence:D5}");

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Normalizes a number typed or scanned by a user: trims and upper-cases; null when it cannot be a number.</summary>
    /// <param name="input">User input.</param>
    /// <returns>The normalized number or null.</returns>
    public static string? Normalize(string? input)
    {
        var text = input?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(text) || text.Length > 40 || text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-'))
            ? null
            : text;
    }
}
