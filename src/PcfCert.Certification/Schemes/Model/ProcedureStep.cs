namespace PcfCert.Certification.Schemes;

/// <summary>One step of a scheme's certification procedure, in the rule's order.</summary>
/// <param name="Key">One of <see cref="ProcedureStepKeys.All"/>.</param>
/// <param name="Name">The step as named in the rule.</param>
/// <param name="Clause">Clauses that describe the step.</param>
/// <param name="Note">How the step relates to others where the rule says so (e.g. may run in parallel).</param>
public sealed record ProcedureStep(string Key, LocalizedText Name, string Clause, LocalizedText? Note = null);
