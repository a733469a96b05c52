namespace PcfCert.Certification.Schemes;

/// <summary>The factory-assurance requirements (工厂保证能力要求) as a checklist.</summary>
/// <param name="Annex">The annex, e.g. "附件3".</param>
/// <param name="Title">Annex title.</param>
/// <param name="Preamble">The annex's opening paragraph, quoted.</param>
/// <param name="Clauses">Top-level clauses in order.</param>
public sealed record FactoryAssuranceChecklist(string Annex, LocalizedText Title, string Preamble, IReadOnlyList<ChecklistClause> Clauses);

/// <summary>A numbered clause of the checklist, e.g. 4 采购过程控制.</summary>
/// <param name="Id">Clause number, e.g. "4".</param>
/// <param name="Title">Clause heading.</param>
/// <param name="Clause">Citation, e.g. "附件3 第4条".</param>
/// <param name="Text">Text directly under the heading, when the clause has no numbered items (quoted).</param>
/// <param name="Items">Numbered sub-clauses.</param>
public sealed record ChecklistClause(string Id, LocalizedText Title, string Clause, string? Text, IReadOnlyList<ChecklistItem> Items);

/// <summary>A checklist item: a sub-clause ("4.2", "4.2.1") or a list point ("4.2.1 (1)").</summary>
/// <param name="Id">Item id, unique in the checklist.</param>
/// <param name="Title">Heading when the sub-clause has one (e.g. 4.2 关键件、能源和资源的控制).</param>
/// <param name="Text">The requirement, quoted.</param>
/// <param name="Items">Nested points.</param>
/// <param name="ClosingText">A sentence that follows the nested points, quoted.</param>
public sealed record ChecklistItem(string Id, LocalizedText? Title, string? Text, IReadOnlyList<ChecklistItem> Items, string? ClosingText = null);
