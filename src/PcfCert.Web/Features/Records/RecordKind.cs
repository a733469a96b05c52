using PcfCert.Infrastructure.Records;

namespace PcfCert.Web.Features.Records;

/// <summary>One kind of document of the certification file, built from the stored data.</summary>
public interface IRecordKind
{
    /// <summary>Stable key used in URLs and the archive, e.g. <c>inspection-report</c>.</summary>
    string Key { get; }

    /// <summary>Whether the applicant receives it (notices, reports sent to the applicant) or only the body keeps it.</summary>
    bool SentToApplicant { get; }

    /// <summary>Which documents of this kind the file has now: none, one (an empty subject) or one per subject.</summary>
    IReadOnlyList<string> Subjects(CertificationFile file);

    /// <summary>The document for one subject in one language.</summary>
    RecordDocument Build(CertificationFile file, string subject, RecordText t);
}

/// <summary>Every kind, in the order of the procedure (the archive and the list follow it).</summary>
public static class RecordKinds
{
    public static readonly IReadOnlyList<IRecordKind> All =
    [
        new Documents.AcceptanceNotice(), new Documents.InspectionPlanRecord(), new Documents.DocumentReviewRecord(),
        new Documents.InspectionReport(), new Documents.NonconformityReport(), new Documents.VerificationReport(),
        new Documents.EvaluationReport(), new Documents.DecisionRecord(), new Documents.TerminationNotice(),
        new Documents.SurveillanceReport(), new Documents.ChangeApproval(), new Documents.StatusNotice(),
    ];

    /// <summary>Kinds the team may also edit in Word (issue 14 item 6).</summary>
    public static readonly IReadOnlySet<string> Editable = new HashSet<string>(StringComparer.Ordinal) { "verification-report", "inspection-report" };

    public static IRecordKind? Find(string key) => All.FirstOrDefault(k => k.Key == key);

    public static readonly string[] One = [string.Empty];

    public static readonly string[] None = [];
}
