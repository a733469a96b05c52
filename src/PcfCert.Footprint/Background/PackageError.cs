namespace PcfCert.Footprint.Background;

/// <summary>Why a background package is refused. Names are part of the public contract (API errors, messages).</summary>
public enum PackageErrorCode
{
    /// <summary>The package holds no process entry (<c>processes/*.json</c>).</summary>
    NoProcesses,
    /// <summary>An entry is not well-formed JSON or not a JSON object.</summary>
    InvalidJson,
    /// <summary>A required field is missing or empty.</summary>
    MissingField,
    /// <summary>A field has the wrong type or a value outside its allowed set.</summary>
    InvalidValue,
    /// <summary>Two entries carry the same <c>@id</c>.</summary>
    DuplicateId,
    /// <summary>A process has no quantitative reference, or more than one.</summary>
    InvalidReference,
    /// <summary>An ILCD entry is not well-formed XML, or holds a DTD (refused: no entity expansion, no external resource).</summary>
    InvalidXml,
}

/// <summary>
/// A reason to refuse the whole package, naming the entry (file inside the zip) and the field (JSON pointer) at fault,
/// so the person who exported it can find and fix it.
/// </summary>
/// <param name="Code">What is wrong.</param>
/// <param name="Entry">Package entry, e.g. <c>processes/0156….json</c>.</param>
/// <param name="Field">JSON pointer of the field inside the entry, e.g. <c>/exchanges/3/amount</c>, or for ILCD the XML element or
/// attribute path, e.g. <c>/processDataSet/exchanges/exchange[@dataSetInternalID='3']/meanAmount</c>; empty for the whole entry.</param>
/// <param name="Detail">English detail (the value found, what was expected).</param>
public sealed record PackageError(PackageErrorCode Code, string Entry, string Field, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code} in {Entry} at {(Field.Length == 0 ? "/" : Field)}: {Detail}";
}
