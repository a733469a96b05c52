using System.Globalization;
using PcfCert.Infrastructure.Records;
using static PcfCert.Web.Features.Records.Documents.RecordParts;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>
/// 产品碳足迹核查报告 exactly as PCEC annex 2 lays it out: the cover fields (任务编号 … 检查组同行人员, with the team table
/// of name, role, qualification and signature) and the thirteen sections in order, with the stage chart and the
/// uncertainty analysis. CEC, which has no template of its own, gets the same layout.
/// </summary>
public sealed class VerificationReport : IRecordKind
{
    public string Key => "verification-report";

    public bool SentToApplicant => true;

    public IReadOnlyList<string> Subjects(CertificationFile file) => file.Application.ModelVersions.Count == 0 ? RecordKinds.None : RecordKinds.One;

    public RecordDocument Build(CertificationFile file, string subject, RecordText t)
    {
        var a = file.Application;
        var cutOff = (double?)file.Scheme.Parameters.CutOffMassShareMax.Value ?? 0.05;
        var figures = FootprintFigures.From(file.VerifiedModel, cutOff);
        // The cover as recorded with the verified value (PCEC annex 2); values recorded before it was kept fall back to the records.
        var header = a.VerifiedValue?.Report;
        var reportDate = header?.ReportDate ?? a.VerifiedValue?.RecordedOn ?? DateOnly.FromDateTime(a.ModelVersions[^1].AttachedAt.ToOffset(Certification.Calendar.ChinaToday.Offset).DateTime);
        var units = string.Join("；", a.Units.Select(u => $"{u.ProductName} {u.Model}"));
        var declared = a.VerifiedValue?.DeclaredUnit ?? a.ModelVersions[^1].DeclaredUnit;
        var cover = new List<RecordField>();
        var blocks = new List<RecordBlock>();
        foreach (var field in file.ReportFields)
        {
            var value = field.Key switch
            {
                "task-number" => a.Number,
                "applicant" => a.Applicant.Name,
                "manufacturer" => a.Manufacturer.Name,
                "factory" => a.Factory.Name,
                "product-name" => units,
                "functional-or-declared-unit" => string.Join("；", a.Units.Select(u => u.FunctionalUnit).Where(u => !string.IsNullOrWhiteSpace(u)).DefaultIfEmpty(declared)),
                "verification-body" => t.Of(header?.VerificationBody ?? file.Scheme.Issuer.Name),
                "verification-dates" => PlanDates(a),
                "report-date" => RecordText.Day(reportDate),
                "accompanying-persons" => header is null ? "—"
                    : header.AccompanyingPersons.Count == 0 ? t["Verification.NoAccompanyingPersons"] : string.Join("；", header.AccompanyingPersons),
                _ => null,
            };
            if (field.Key == "team-members")
            {
                blocks.Add(new FieldsBlock(cover.ToList()));
                cover.Clear();
                blocks.Add(new HeadingBlock(t.Of(field.Name)));
                blocks.Add(header is null ? Team(a, t, signatureColumn: true) : Team(header.Members, t, signatureColumn: true));
            }
            else
            {
                cover.Add(new RecordField(t.Of(field.Name), value ?? "—"));
            }
        }
        blocks.Add(new FieldsBlock(cover));
        foreach (var section in file.ReportSections)
        {
            blocks.Add(new HeadingBlock(t.Of(section.Name)));
            blocks.AddRange(VerificationSections.Section(section.Key, file, figures, t));
        }
        blocks.Add(TeamSignatures(a, t, reportDate));
        return Document(file, t, "Records.Kind.verification-report", "HC", blocks);
    }

    internal static string Share(double share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";
}
