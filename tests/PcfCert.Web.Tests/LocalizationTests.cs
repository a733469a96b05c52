using System.Text.RegularExpressions;
using PcfCert.Certification.Access;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Organisations;
using PcfCert.Certification.Workflow;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Tests;

public sealed partial class LocalizationTests
{
    private static readonly StringCatalog Catalog = StringCatalog.LoadEmbedded();

    [Fact]
    public void Chinese_and_english_catalogs_have_the_same_keys()
    {
        var zh = Catalog.Keys("zh-CN").ToHashSet();
        var en = Catalog.Keys("en").ToHashSet();
        Assert.Empty(zh.Except(en));
        Assert.Empty(en.Except(zh));
    }

    [Fact]
    public void Every_key_used_in_the_source_exists_in_both_languages()
    {
        var used = UsedKeys().ToList();
        Assert.NotEmpty(used);
        var missing = from culture in StringCatalog.Cultures
                      from key in used
                      where !Catalog.Keys(culture).Contains(key)
                      select $"{culture}: {key}";
        Assert.Empty(missing);
    }

    [Fact]
    public void No_chinese_literal_is_hard_coded_in_pages()
    {
        var offenders = SourceFiles("*.cshtml")
            .Where(f => HanPattern().IsMatch(StripLanguageButtons(File.ReadAllText(f))))
            .Select(Path.GetFileName);
        Assert.Empty(offenders);
    }

    private static IEnumerable<string> UsedKeys()
    {
        var literal = SourceFiles("*.cshtml").Concat(SourceFiles("*.cs"))
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !k.EndsWith('.'));
        // Keys composed at run time from a prefix and an enum or role name.
        var composed = Roles.All.Select(r => "Role." + r)
            .Concat(Enum.GetNames<EnterpriseNature>().Select(n => "EnterpriseNature." + n))
            .Concat(Enum.GetNames<CreditCodeError>().Select(n => "CreditCode." + n))
            .Concat(Enum.GetNames<ApplicationStatus>().Select(n => "Status." + n))
            .Concat(Enum.GetNames<WorkflowTrigger>().Select(n => "Trigger." + n))
            .Concat(Enum.GetNames<WorkflowError>().Select(n => "Workflow.Error." + n))
            .Concat(Enum.GetNames<TeamRole>().Select(n => "TeamRole." + n))
            .Concat(Enum.GetNames<ChecklistVerdict>().Select(n => "Verdict." + n))
            .Concat(Enum.GetNames<NonconformityStatus>().Select(n => "NcStatus." + n))
            .Concat(Enum.GetNames<FindingClass>().Select(n => "FindingClass." + n))
            .Concat(Enum.GetNames<DocumentReviewConclusion>().Select(n => "DocumentReview." + n))
            .Concat(Enum.GetNames<PcfCert.Certification.Schemes.DocumentRequirement>().Select(n => "Requirement." + n))
            .Concat(new[] { "added", "removed", "changed" }.Select(n => "Diff." + n))
            .Concat(new[] { "acceptance", "overall", "rectification", "certificate", "termination-notice" }.Select(n => "Deadline." + n))
            .Concat(PcfCert.Web.Features.Personnel.CreateModel.QualificationKeys.Select(n => "Qualification." + n))
            .Concat(new[] { "applicant", "manufacturer", "factory" }.SelectMany(p => new[] { "Party." + p, $"Field.{p}Name", $"Field.{p}CreditCode", $"Field.{p}Address" }))
            .Concat(ActionFieldNames().Select(n => "Field." + n))
            .Concat(Enum.GetNames<CertificateStatus>().Select(n => "CertificateStatus." + n))
            .Concat(Enum.GetNames<CertificateTrigger>().Select(n => "CertificateTrigger." + n))
            .Concat(Enum.GetNames<CertificateError>().Select(n => "CertificateError." + n))
            .Concat(Enum.GetNames<CertificateNoticeKind>().Select(n => "CertificateNoticeKind." + n))
            .Concat(Enum.GetNames<SurveillanceStatus>().Select(n => "SurveillanceStatus." + n))
            .Concat(Enum.GetNames<SurveillanceTrigger>().Select(n => "SurveillanceTrigger." + n))
            .Concat(Enum.GetNames<PcfCert.Web.Features.Surveillance.SurveillanceParty>().Select(n => "SurveillanceParty." + n))
            .Concat(Enum.GetNames<PcfCert.Footprint.ErrorCode>().Select(n => "FootprintError." + n))
            .Concat(Enum.GetNames<PcfCert.Footprint.Background.PackageErrorCode>().Select(n => "Background.Error." + n))
            .Concat(new[] { "created", "revised", "unchanged" }.Select(n => "Background.Change." + n))
            .Concat(PcfCert.Web.Features.Factors.FactorInput.Columns.Select(c => "Factor.Column." + c))
            .Concat(Enum.GetNames<PcfCert.Footprint.Inventory.InventoryIssueCode>().Select(n => "InventoryIssue." + n))
            .Concat(PcfCert.Footprint.Inventory.InventoryFields.Product.Concat(PcfCert.Footprint.Inventory.InventoryFields.Line)
                .Concat(["periodFrom", "periodTo"]).Select(f => "InventoryField." + f))
            .Concat(Enum.GetNames<PcfCert.Infrastructure.DataCollection.ImportStatus>().Select(n => "ImportStatus." + n))
            .Concat(new[] { "not-xlsx", "missing-sheet", "interrupted", "error" }.Select(n => "ImportFailure." + n))
            .Concat(Enum.GetNames<PcfCert.Footprint.Inventory.LineOutcome>().Select(n => "LineOutcome." + n))
            .Concat(Enum.GetNames<PcfCert.Footprint.Model.LifeCycleStage>().Select(n => "Stage." + n))
            .Concat(Enum.GetNames<PcfCert.Footprint.Inventory.DataKind>().Select(n => "DataKind." + n))
            .Concat(Enum.GetNames<PcfCert.Footprint.Inventory.AllocationMethod>().Select(n => "AllocationMethod." + n))
            .Concat(PcfCert.Web.Features.DataCollection.EditInventory.EvidenceKinds.Select(k => "EvidenceKind." + k))
            .Concat(PcfCert.Web.Features.DataCollection.EditInventory.Choices.Values.SelectMany(c => c.Select(o => o.Label)))
            .Concat(PcfCert.Web.Features.Factors.FactorInput.Categories.Select(c => "FactorCategory." + c))
            .Concat(new[] { "C", "C2", "R", "other", "supplier", "reviewed" }.Select(s => "FactorStatus." + s))
            .Concat(PcfCert.Web.Features.Factors.AddSupplierFactor.Kinds.Select(k => "SupplierFactor.Kind." + k))
            .Concat(new[] { "NameZh", "NameEn", "Category", "Unit", "KgCO2e", "Kind", "Source", "Year", "Document" }.Select(f => "SupplierFactor.Field." + f))
            .Concat(Enum.GetNames<PcfCert.Footprint.Model.Origin>().Select(n => "FactorOrigin." + n))
            .Concat(Enum.GetNames<UnannouncedTrigger>().Select(n => "UnannouncedTrigger." + n))
            .Concat(Enum.GetNames<FootprintChange>().Select(n => "FootprintChange." + n))
            .Concat(Enum.GetNames<SystemBoundary>().Select(n => "SystemBoundary." + n))
            .Concat(Enum.GetNames<ChangeKind>().Select(n => "ChangeKind." + n))
            .Concat(Enum.GetNames<ChangeRequestStatus>().Select(n => "ChangeRequestStatus." + n))
            .Concat(Enum.GetNames<ChangeInspectionVerdict>().Select(n => "ChangeInspectionVerdict." + n))
            .Concat(Enum.GetNames<HolderRequestKind>().Select(n => "HolderRequest." + n))
            .Concat(Enum.GetNames<HolderRequestStatus>().Select(n => "HolderRequestStatus." + n))
            .Concat(Enum.GetNames<CertificateRecovery>().Append("Awaiting").Select(n => "CertificateRecovery." + n))
            .Concat(new[] { PcfCert.Certification.Schemes.SchemeIds.Cec, PcfCert.Certification.Schemes.SchemeIds.Pcec }.Select(id => "Scheme." + id))
            .Concat(new[] { "Required", "BeforeStart", "NotPositive" }.Select(n => "Certificate.Problem." + n))
            .Concat(((string[])["ApplicantName", "ApplicantAddress", "ManufacturerName", "ManufacturerAddress", "FactoryName", "FactoryAddress", "Basis",
                    "Mode", "CertificationUnit", "ProductName", "Model", "FunctionalUnit", "FootprintUnit", "Issuer", "ReportingPeriodTo", "FootprintValue"])
                .Select(f => "Certificate.Field." + f));
        return literal.Concat(composed).Distinct();
    }

    // Field names that actions read (c.Input.Required("x") …): each needs a localised name for its error messages.
    private static IEnumerable<string> ActionFieldNames() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "PcfCert.Web", "Features", "Applications"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => FieldPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(n => !n.EndsWith("Name", StringComparison.Ordinal) && !n.EndsWith("CreditCode", StringComparison.Ordinal) && !n.EndsWith("Address", StringComparison.Ordinal))
            .Distinct();

    [GeneratedRegex("""(?:Required|Date|OptionalDate|Decimal|Int|Enum<\w+>)\("([a-zA-Z]+)"\)""")]
    private static partial Regex FieldPattern();

    private static string StripLanguageButtons(string text) => text.Replace(">中文<", "><");

    private static IEnumerable<string> SourceFiles(string pattern) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "PcfCert.Web", "Features"), pattern, SearchOption.AllDirectories);

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PcfCert.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("PcfCert.slnx not found above " + AppContext.BaseDirectory);
    }

    // L["Key"] or l["Key"] in pages and use cases, and flash-message keys put in TempData.
    [GeneratedRegex("""(?:\bL\[|\bl\[|\["Flash"\] = )"([A-Za-z0-9_.]+)"[^\]]?""")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanPattern();
}
