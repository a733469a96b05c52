using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Calendar;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Infrastructure.Records;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Records;

/// <summary>
/// The certification mark of a certificate for its holder: SVG and PNG of one drawing (never distorted), with the
/// minimum size stated; refused while the certificate is suspended, revoked, cancelled, expired or superseded.
/// </summary>
public static class MarkApi
{
    public const int PngWidth = 600;

    /// <summary>
    /// The mark for its holder with the scheme's mark rules (CEC 8, PCEC 11): whether affixing is required, where to affix it
    /// in order of preference, and the other requirements, each with its clause — read from the scheme, not fixed here.
    /// </summary>
    public sealed record MarkDto(string Number, CertificateStatus Status, bool MayUse, double AspectRatio, int Width, int Height, decimal? MinimumWidthMm,
        string Rule, string Svg, string Png, bool AffixingRequired = false, IReadOnlyList<string>? Placement = null, IReadOnlyList<string>? Requirements = null);

    public static void MapMarkApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/certificates/{id:guid}").WithTags("Certificates");

        group.MapGet("/mark", async (Guid id, PcfCertDbContext db, CurrentUser me, SchemeCatalog schemes, StringCatalog catalog, TimeProvider time, CancellationToken ct) =>
            await Holder(db, me, id, ct) is not { } c ? Results.NotFound() : Results.Ok(Describe(c, schemes.Get(c.SchemeId), Text(catalog), ChinaToday.From(time))))
            .WithSummary("The mark's proportions, minimum size and whether the holder may use it now.");

        group.MapGet("/mark.{format:regex(^(svg|png)$)}", async (Guid id, string format, HttpRequest request, PcfCertDbContext db, CurrentUser me,
            SchemeCatalog schemes, StringCatalog catalog, TimeProvider time, RenderCertificatePdf certificates, ChromiumRasterizer raster, CancellationToken ct) =>
        {
            if (await Holder(db, me, id, ct) is not { } c)
            {
                return Results.NotFound();
            }
            var scheme = schemes.Get(c.SchemeId);
            var t = Text(catalog);
            var status = c.StatusOn(ChinaToday.From(time));
            if (status != CertificateStatus.Valid)
            {
                return Results.Problem(t["Records.Mark.Refused", c.Number, t["CertificateStatus." + status]], statusCode: StatusCodes.Status409Conflict);
            }
            var svg = CertificationMark.Svg(scheme, c.Number, CertificateDocument.RegistryUrl(certificates.PublicBaseUrl(request), c.Number), Rule(scheme, t));
            if (format == "svg")
            {
                return Results.File(System.Text.Encoding.UTF8.GetBytes(svg), "image/svg+xml", $"{c.Number}-mark.svg");
            }
            try
            {
                var png = await raster.PngAsync(CertificationMark.RasterPage(svg, PngWidth), PngWidth, CertificationMark.PixelHeight(PngWidth), ct);
                return Results.File(png, "image/png", $"{c.Number}-mark.png");
            }
            catch (PdfUnavailableException e)
            {
                return Results.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Image rendering unavailable");
            }
        }).WithSummary("The mark as SVG or PNG (600 × 800 px), for the holder while the certificate is valid; 409 otherwise.");
    }

    public static MarkDto Describe(Certificate c, SchemeDefinition scheme, RecordText t, DateOnly today)
    {
        var status = c.StatusOn(today);
        var url = $"/api/v1/certificates/{c.Id}/mark";
        var rules = scheme.MarkRules;
        return new MarkDto(c.Number, status, status == CertificateStatus.Valid, CertificationMark.AspectRatio, CertificationMark.Width, CertificationMark.Height,
            CertificationMark.MinimumWidthMm(scheme), Rule(scheme, t), url + ".svg", url + ".png",
            AffixingRequired: rules.AffixingModality == Modality.Must,
            Placement: rules.PlacementOrder.Select(p => $"{t.Of(p.Name)} ({p.Clause})").ToList(),
            Requirements: rules.Requirements.Select(r => $"{t.Of(r.Name)} ({r.Clause})").ToList());
    }

    /// <summary>The size rule as the scheme states it, e.g. PCEC 11.2: 等比例缩放，不可变形，宜大于 8 mm.</summary>
    public static string Rule(SchemeDefinition scheme, RecordText t) =>
        scheme.Parameters.MarkMinSizeMm is { Value: { } mm } p
            ? t["Records.Mark.MinSize", mm.ToString("0.#", CultureInfo.InvariantCulture), p.Clause]
            : t["Records.Mark.NoMinSize", scheme.MarkRules.Clause];

    private static RecordText Text(StringCatalog catalog) => new(catalog, RecordText.LanguageOf(CultureInfo.CurrentUICulture));

    private static async Task<Certificate?> Holder(PcfCertDbContext db, CurrentUser me, Guid id, CancellationToken ct) =>
        await db.Certificates.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct) is { } c && CertificateAccess.IsHolder(me, c) ? c : null;
}
