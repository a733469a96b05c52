namespace PcfCert.Certification.Workflow;

/// <summary>What the body's reviewer gives when accepting an application (PCEC 7.2, CEC 5.1.2).</summary>
/// <param name="SatisfiedItems">Keys of the scheme's review items concluded as satisfied.</param>
/// <param name="Notes">Notes per review item key (optional).</param>
/// <param name="CreditCheckedOn">Day the national enterprise credit information publicity system was consulted.</param>
/// <param name="CreditCheckReference">What was consulted and where its record is kept (query reference, screenshot file).</param>
/// <param name="GroundsFound">Keys of refusal grounds the check found (any bars acceptance).</param>
/// <param name="Undertakings">Keys of the body's undertakings confirmed (PCEC 7.2 保密义务).</param>
public sealed record AcceptanceReviewInput(
    IReadOnlyCollection<string> SatisfiedItems,
    IReadOnlyDictionary<string, string> Notes,
    DateOnly? CreditCheckedOn,
    string? CreditCheckReference,
    IReadOnlyCollection<string> GroundsFound,
    IReadOnlyCollection<string> Undertakings);

/// <summary>One review item's recorded conclusion.</summary>
/// <param name="Key">The item's key in the scheme's application review.</param>
/// <param name="Satisfied">Concluded as satisfied.</param>
/// <param name="Note">The reviewer's note.</param>
public sealed record ReviewItemConclusion(string Key, bool Satisfied, string? Note);

/// <summary>The credit-system check behind the PCEC 7.2 refusal grounds (全国企业信用信息公示系统).</summary>
/// <param name="CheckedOn">Day consulted.</param>
/// <param name="Reference">Query reference or where the record is kept.</param>
/// <param name="GroundsChecked">Keys of the refusal grounds checked, none found.</param>
public sealed record CreditCheck(DateOnly CheckedOn, string Reference, IReadOnlyList<string> GroundsChecked);

/// <summary>The body's review recorded with the acceptance.</summary>
/// <param name="Items">Each review item named for acceptance with its conclusion.</param>
/// <param name="CreditCheck">The credit-system check, where the scheme has refusal grounds.</param>
/// <param name="Undertakings">The body's undertakings confirmed (keys).</param>
/// <param name="By">Who accepted.</param>
/// <param name="On">Date (China time).</param>
public sealed record AcceptanceReview(IReadOnlyList<ReviewItemConclusion> Items, CreditCheck? CreditCheck, IReadOnlyList<string> Undertakings, Actor By, DateOnly On);
