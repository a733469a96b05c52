using System.Globalization;
using System.Text.Json;
using PcfCert.Infrastructure.Records;
using static PcfCert.Web.Features.Records.Documents.RecordParts;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>The content of each of PCEC annex 2's thirteen sections, from the stored data.</summary>
public static class VerificationSections
{
    public static IReadOnlyList<RecordBlock> Section(string key, CertificationFile file, FootprintFigures? f, RecordText t)
    {
        var a = file.Application;
        var s = file.Scheme;
        return key switch
        {
            "basic-information" =>
            [
                new FieldsBlock([new(t["Records.TaskNumber"], a.Number), new(t["Records.Scheme"], $"{s.CodeWithVersion} {t.Of(s.Title)}"),
                    new(t["Records.Mode"], t.Of(s.CertificationMode.Name)), new(t["Records.Status"], t["Status." + a.Status])]),
            ],
            "verified-party" => [Parties(a, t)],
            "verification-information" =>
            [
                new FieldsBlock([new(t["Records.InspectionDates"], PlanDates(a)),
                    new(t["Records.PersonDays"], a.PersonDays.ToString("0.#", CultureInfo.InvariantCulture))]),
                Team(a, t, signatureColumn: false),
                new TableBlock([t["Records.ModelVersion"], t["Records.AttachedOn"], t["Records.Total"], "SHA-256"],
                    a.ModelVersions.Select(m => (IReadOnlyList<string>)[$"v{m.Version}", RecordText.Day(m.AttachedAt), $"{RecordText.Kg(m.TotalKgCO2e)} kg CO2e / {m.DeclaredUnit}", m.InputSha256]).ToList()),
            ],
            "product-information" =>
            [
                Units(a, t),
                new FieldsBlock([new(t["Records.DeclaredUnit"], f?.Text("declaredUnit") is { } du ? DeclaredUnit(f) : "—"),
                    new(t["Records.SystemBoundary"], f?.Text("boundary") ?? "—"), new(t["Records.Gwp"], f?.Text("gwp") ?? "—")]),
            ],
            "verification-basis" =>
            [
                new TableBlock([t["Records.StandardCode"], t["Records.StandardTitle"]],
                    s.BasisStandards.Select(b => (IReadOnlyList<string>)[b.Code, t.Of(b.Title)]).ToList()),
            ],
            "verification-purpose" => [new ParagraphBlock(RecordText.OrDash(a.Plan?.Purpose))],
            "verification-scope" => [new ParagraphBlock(RecordText.OrDash(a.Plan?.Scope)), Units(a, t)],
            "data-collection" => DataCollection(file, f, t),
            "quantification" => Quantification(f, t),
            "conclusion" =>
            [
                new ParagraphBlock(a.VerifiedValue is { } v
                    ? t["Records.VerifiedValue", RecordText.Kg(v.KgCO2e), v.DeclaredUnit, v.ModelVersion, v.InputSha256]
                    : t["Records.NotVerified"]),
                // CEC 5.4.3.1: stated in the scheme's unit (tCO2e) where the rule says so; the kg figure above stays.
                new ParagraphBlock(a.VerifiedValue is { } stated
                    ? t["Report.StatedValue", PcfCert.Certification.Schemes.FootprintResultUnit.Of(s).Format(stated.KgCO2e, stated.DeclaredUnit)] : "—"),
                new ParagraphBlock(RecordText.OrDash(a.InspectionConclusion?.Conclusion)),
            ],
            "recommendations" => a.Findings.Count == 0 ? [new ParagraphBlock(t["Records.NoFindings"])] :
            [
                new TableBlock(["No.", t["Records.FindingClass"], t["Records.Line"], t["Records.Description"], t["Records.RequestedCorrection"], t["Records.Response"], t["Records.State"]],
                    a.Findings.Select(x => (IReadOnlyList<string>)[$"F{x.Number}", t["FindingClass." + x.Class], $"v{x.ModelVersion} {x.Path}", x.Description,
                        x.RequestedCorrection, RecordText.OrDash(x.Response), x.Closed ? t["Records.Closed"] + "：" + RecordText.OrDash(x.ClosingEvidence) : t["Records.Open"]]).ToList()),
            ],
            "uncertainty-analysis" => Uncertainty(f, t),
            "declaration" => [new ParagraphBlock(t["Records.Declaration", t.Of(s.Issuer.Name)])],
            _ => [new ParagraphBlock("—")],
        };
    }

    private static string DeclaredUnit(FootprintFigures f) =>
        f.Object("declaredUnit") is { } u ? $"{u.GetProperty("amount")} {u.GetProperty("unit").GetString()}" : "—";

    private static List<RecordBlock> DataCollection(CertificationFile file, FootprintFigures? f, RecordText t)
    {
        var items = file.Scheme.Verification.Items;
        var blocks = new List<RecordBlock>
        {
            new TableBlock([t["Records.VerificationItem"], t["Records.Satisfied"], t["Records.Note"]],
                items.Select(i => file.Application.VerificationItems.FirstOrDefault(r => r.ItemKey == i.Key) is { } r
                    ? (IReadOnlyList<string>)[t.Of(i.Name), t.YesNo(r.Satisfied), RecordText.OrDash(r.Note)]
                    : [t.Of(i.Name), t["Records.NotJudged"], "—"]).ToList()),
        };
        if (f?.Object("dataQuality") is { } q)
        {
            // A model without rated datasets has dqr and band null (docs/result-format.md): say so instead of a number.
            var dqr = q.GetProperty("dqr").ValueKind == JsonValueKind.Number
                ? $"{q.GetProperty("dqr").GetDouble().ToString("0.##", CultureInfo.InvariantCulture)}（{q.GetProperty("band").GetString()}）"
                : t["Records.NoRatedData"];
            blocks.Add(new FieldsBlock([new(t["Records.Dqr"], dqr),
                new(t["Records.UnratedShare"], VerificationReport.Share(q.GetProperty("unratedShare").GetDouble()))]));
        }
        if (f?.Object("cutOff") is { } c)
        {
            // Without the product's mass in the model the share is null (docs/result-format.md): say so instead of a number.
            var text = c.GetProperty("share").ValueKind == JsonValueKind.Number
                ? t["Records.CutOff.Text", VerificationReport.Share(c.GetProperty("share").GetDouble()),
                    VerificationReport.Share(c.GetProperty("limitShare").GetDouble()), t.YesNo(c.GetProperty("passed").GetBoolean())]
                : t["Records.CutOff.NoMass", c.GetProperty("excludedMassKg").GetDouble().ToString("0.######", CultureInfo.InvariantCulture),
                    t.YesNo(c.GetProperty("passed").GetBoolean())];
            blocks.Add(new FieldsBlock([new(t["Records.CutOff"], text)]));
        }
        return blocks;
    }

    private static List<RecordBlock> Quantification(FootprintFigures? f, RecordText t)
    {
        if (f is null)
        {
            return [new ParagraphBlock("—")];
        }
        return
        [
            new FieldsBlock([new(t["Records.Total"], $"{RecordText.Kg(f.Total)} kg CO2e / {DeclaredUnit(f)}"), new(t["Records.Gwp"], f.Text("gwp")),
                new(t["Records.InputSha"], f.Text("inputSha256")), new(t["Records.Engine"], f.Text("engineVersion"))]),
            new BarChartBlock(t["Records.StageChart"], f.Stages.Select(x => new ChartBar(t[StageKey(x.Stage)], x.Value, RecordText.Kg(x.Value) + " kg CO2e")).ToList()),
            new TableBlock([t["Records.Process"], "kg CO2e", t["Records.Share"]],
                f.Processes.Select(p => (IReadOnlyList<string>)[p.Process, RecordText.Kg(p.Value), VerificationReport.Share(p.Share)]).ToList()),
            new TableBlock([t["Records.Gas"], "kg CO2e"], f.Gases.Select(g => (IReadOnlyList<string>)[g.Gas, g.Value.ToString("0.######", CultureInfo.InvariantCulture)]).ToList()),
        ];
    }

    private static List<RecordBlock> Uncertainty(FootprintFigures? f, RecordText t)
    {
        if (f?.Uncertainty is not { } u)
        {
            return [new ParagraphBlock(t["Records.NoUncertainty"])];
        }
        var relative = u.Mean == 0 ? 0 : (u.P97_5 - u.P2_5) / 2 / u.Mean;
        return
        [
            new ParagraphBlock(t["Records.Uncertainty.Method", u.Iterations, u.Seed, u.Parameters]),
            new FieldsBlock(
            [
                new(t["Records.Mean"], RecordText.Kg(u.Mean)), new(t["Records.Sd"], RecordText.Kg(u.StandardDeviation)),
                new(t["Records.Interval"], $"{RecordText.Kg(u.P2_5)} — {RecordText.Kg(u.P97_5)}"), new(t["Records.Median"], RecordText.Kg(u.P50)),
                new(t["Records.Relative"], "± " + VerificationReport.Share(relative)),
            ]),
        ];
    }

    /// <summary><c>raw-material-acquisition</c> → <c>Stage.RawMaterialAcquisition</c> (the shared catalog's stage names).</summary>
    public static string StageKey(string stage) =>
        "Stage." + string.Concat(stage.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
