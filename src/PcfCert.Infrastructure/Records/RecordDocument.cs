namespace PcfCert.Infrastructure.Records;

/// <summary>
/// A record of the certification file as content, independent of its format: the same document becomes HTML (printed
/// to PDF by Chromium) and Word (.docx). Built by the Records feature from stored data, in one language.
/// </summary>
/// <param name="Title">Document title, e.g. 现场检查报告.</param>
/// <param name="Issuer">The certification body that issues it (letterhead).</param>
/// <param name="Reference">Reference line under the title (application and document numbers).</param>
/// <param name="Blocks">Content in order.</param>
/// <param name="Language">zh-CN or en.</param>
public sealed record RecordDocument(string Title, string Issuer, string Reference, IReadOnlyList<RecordBlock> Blocks, string Language);

/// <summary>One piece of a record.</summary>
public abstract record RecordBlock;

/// <summary>A section heading.</summary>
public sealed record HeadingBlock(string Text) : RecordBlock;

/// <summary>A paragraph.</summary>
public sealed record ParagraphBlock(string Text) : RecordBlock;

/// <summary>Label–value pairs, shown as a two-column form.</summary>
public sealed record FieldsBlock(IReadOnlyList<RecordField> Fields) : RecordBlock;

/// <summary>One label and its value.</summary>
public sealed record RecordField(string Label, string Value);

/// <summary>A table with a header row.</summary>
public sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : RecordBlock;

/// <summary>A horizontal bar chart (e.g. the footprint by life-cycle stage), with each value printed beside its bar.</summary>
public sealed record BarChartBlock(string Caption, IReadOnlyList<ChartBar> Bars) : RecordBlock;

/// <summary>One bar: its label, its value (the bar's length) and the value as printed.</summary>
public sealed record ChartBar(string Label, double Value, string Text);

/// <summary>Signature lines: one per person with their role, and the date line.</summary>
public sealed record SignaturesBlock(IReadOnlyList<RecordField> Signers, string DateLabel, string Date) : RecordBlock;
