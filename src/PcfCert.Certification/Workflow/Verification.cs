namespace PcfCert.Certification.Workflow;

/// <summary>One version of the applicant's footprint model, as computed by the engine.</summary>
/// <param name="Version">1, 2, … in order of attachment.</param>
/// <param name="RecordId">Id of the stored model and result documents.</param>
/// <param name="InputSha256">Hash of the canonical model (from the result document).</param>
/// <param name="TotalKgCO2e">Result per declared unit.</param>
/// <param name="DeclaredUnit">Declared unit, e.g. "1 piece".</param>
/// <param name="AttachedAt">When.</param>
/// <param name="AttachedBy">Who.</param>
/// <param name="CutOffPassed">Whether the engine's cut-off check met the scheme's limit (CEC 5.4.3.2 c: excluded inputs ≤ 5 % of the product mass).</param>
public sealed record ModelVersion(int Version, Guid RecordId, string InputSha256, double TotalKgCO2e, string DeclaredUnit, DateTimeOffset AttachedAt, Actor AttachedBy,
    bool CutOffPassed = true);

/// <summary>The team's check of one verification item (functional unit, boundary, data collection, allocation, cut-off, data quality …).</summary>
/// <param name="ItemKey">Key in the scheme's verification items.</param>
/// <param name="Satisfied">Whether it is satisfied.</param>
/// <param name="Note">Evidence and remarks.</param>
public sealed record VerificationItemResult(string ItemKey, bool Satisfied, string? Note);

/// <summary>How serious a verification finding is.</summary>
public enum FindingClass
{
    /// <summary>Major: must be corrected before a value can be verified.</summary>
    Major,

    /// <summary>Minor: must be corrected or justified.</summary>
    Minor,

    /// <summary>Observation.</summary>
    Observation,
}

/// <summary>A verifier's finding on an exact line of a model version (a JSON pointer such as <c>/processes/0/inputs/1</c>).</summary>
/// <param name="Number">1-based number.</param>
/// <param name="ModelVersion">Model version it is about.</param>
/// <param name="Path">JSON pointer of the line (input, factor, emission).</param>
/// <param name="Class">Major, minor or observation.</param>
/// <param name="Description">What is wrong.</param>
/// <param name="RequestedCorrection">What the applicant must change.</param>
/// <param name="Response">Applicant's response.</param>
/// <param name="ClosingEvidence">Why the verifier closed it.</param>
/// <param name="Closed">Closed.</param>
public sealed record VerificationFinding(int Number, int ModelVersion, string Path, FindingClass Class, string Description,
    string RequestedCorrection, string? Response, string? ClosingEvidence, bool Closed);

/// <summary>The verified footprint value recorded by the team.</summary>
/// <param name="KgCO2e">kg CO2e per declared unit.</param>
/// <param name="DeclaredUnit">Declared unit.</param>
/// <param name="ModelVersion">The model version verified.</param>
/// <param name="InputSha256">Its hash, so anyone can recompute.</param>
/// <param name="RecordedOn">Date.</param>
/// <param name="Report">The verification report's cover as recorded with the value (PCEC annex 2); null for values recorded before it was kept.</param>
public sealed record VerifiedFootprint(double KgCO2e, string DeclaredUnit, int ModelVersion, string InputSha256, DateOnly RecordedOn,
    VerificationReportHeader? Report = null);

/// <summary>
/// The cover of the verification report (PCEC annex 2: 核查机构, 报告编制日期, 检查组成员（姓名、职责、资质）, 检查组同行人员),
/// fixed when the verified value is recorded: the body from the scheme, the date of the record, the team as it stood with
/// each member's qualifications, and the accompanying persons the team leader entered (empty when none accompanied).
/// </summary>
/// <param name="VerificationBody">核查机构: the scheme's issuing body.</param>
/// <param name="ReportDate">报告编制日期.</param>
/// <param name="Members">检查组成员 with role and qualifications at that date.</param>
/// <param name="AccompanyingPersons">检查组同行人员, one per line (name, organisation, capacity); empty when none.</param>
public sealed record VerificationReportHeader(Schemes.LocalizedText VerificationBody, DateOnly ReportDate, IReadOnlyList<TeamMember> Members,
    IReadOnlyList<string> AccompanyingPersons);
