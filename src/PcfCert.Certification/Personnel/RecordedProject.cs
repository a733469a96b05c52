namespace PcfCert.Certification.Personnel;

/// <summary>
/// A carbon-footprint verification project a person took part in outside PcfCert (before the system, or for another
/// body), recorded in the register as evidence for CEC table 1's "2 个以上碳足迹核查项目经历".
/// </summary>
/// <param name="Name">Project name (e.g. the product verified).</param>
/// <param name="Client">The organisation verified.</param>
/// <param name="CompletedOn">Day the verification was completed.</param>
/// <param name="Role">The person's part in it (leader, member, verifier).</param>
/// <param name="Reference">Report or contract number proving it.</param>
public sealed record RecordedProject(string Name, string Client, DateOnly CompletedOn, string Role, string Reference);
