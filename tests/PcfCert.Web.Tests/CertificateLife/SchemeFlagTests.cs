using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Records;
using PcfCert.Web.Localization;
using PcfCert.Web.Tests.Infrastructure;

namespace PcfCert.Web.Tests.CertificateLife;

/// <summary>
/// Issue 17 item 10: the certification-mark rules of the scheme (CEC 8, PCEC 11) drive what the holder is told about the
/// mark; a test scheme with the rules flipped changes the answer. (restorationRequiresInspection:
/// CertificateClauseTests.Scheme_flag_restorationRequiresInspection_decides_whether_a_reinspection_is_needed.)
/// Nothing is stored, so one provider suffices.
/// </summary>
public sealed class SchemeFlagTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Scheme_mark_rules_affixing_placement_requirements_and_minimum_size_drive_the_mark_description()
    {
        using var scope = host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var pcec = services.GetRequiredService<SchemeCatalog>().Get(SchemeIds.Pcec);
        var certificate = await services.GetRequiredService<PcfCertDbContext>().Certificates.AsNoTracking().FirstAsync();
        var t = new RecordText(services.GetRequiredService<StringCatalog>(), "zh-CN");
        var today = new DateOnly(2026, 12, 7);

        // As written: PCEC 11.2 may affix; product body first, then smallest package, then accompanying documents; > 8 mm.
        var asWritten = MarkApi.Describe(certificate, pcec, t, today);
        Assert.False(asWritten.AffixingRequired);
        Assert.Equal(["获证产品本体的显著位置 (11.2)", "最小外包装的显著位置 (11.2)", "产品的随附文件 (11.2)"], asWritten.Placement);
        Assert.Contains("按标志矢量图等比例放大或缩小，不可以变形使用 (11.2)", asWritten.Requirements!);
        Assert.Equal(8m, asWritten.MinimumWidthMm);

        // Flipped: affixing required, the package preferred, no deformation rule, no minimum size.
        var flipped = pcec with
        {
            MarkRules = pcec.MarkRules with
            {
                AffixingModality = Modality.Must,
                PlacementOrder = [pcec.MarkRules.PlacementOrder[1], pcec.MarkRules.PlacementOrder[0]],
                Requirements = pcec.MarkRules.Requirements.Where(r => r.Key != "proportional-no-deformation").ToList(),
            },
            Parameters = pcec.Parameters with { MarkMinSizeMm = new SchemeParameter<decimal>(null) },
        };
        var changed = MarkApi.Describe(certificate, flipped, t, today);
        Assert.True(changed.AffixingRequired);
        Assert.Equal(["最小外包装的显著位置 (11.2)", "获证产品本体的显著位置 (11.2)"], changed.Placement);
        Assert.DoesNotContain("按标志矢量图等比例放大或缩小，不可以变形使用 (11.2)", changed.Requirements!);
        Assert.Null(changed.MinimumWidthMm);
        Assert.NotEqual(asWritten.Rule, changed.Rule);
    }
}
