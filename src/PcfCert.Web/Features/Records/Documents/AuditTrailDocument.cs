using PcfCert.Infrastructure.Audit;
using PcfCert.Infrastructure.Records;

namespace PcfCert.Web.Features.Records.Documents;

/// <summary>The audit trail of a certification file as a readable record: who changed what, when (the JSON beside it is complete).</summary>
public static class AuditTrailDocument
{
    private const int MaxChars = 400;

    public static RecordDocument Build(CertificationFile file, IReadOnlyList<AuditEntry> entries, RecordText t) =>
        RecordParts.Document(file, t, "Records.Kind.audit-trail", "RZ",
        [
            new ParagraphBlock(t["Records.Audit.Text", entries.Count]),
            new TableBlock(["#", t["Records.At"], t["Records.User"], t["Records.Entity"], t["Records.Action"], t["Records.Changes"]],
                entries.Select(e => (IReadOnlyList<string>)[e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    e.At.ToOffset(Certification.Calendar.ChinaToday.Offset).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    RecordText.OrDash(e.UserName), e.Entity, e.Action, Short(e.After ?? e.Before)]).ToList()),
        ]);

    private static string Short(string? json) =>
        json is null ? "—" : json.Length <= MaxChars ? json : json[..MaxChars] + "…";
}
