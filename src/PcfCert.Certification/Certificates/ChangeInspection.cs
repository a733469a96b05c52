namespace PcfCert.Certification.Certificates;

/// <summary>
/// The verdict of the inspection a change required (CEC 7.3 "如果需要进行检查的，则 CEC 组织检查合格后方能变更"; PCEC 9.3
/// "依据差异进行补充评审或检查"), with the same three outcomes as an initial inspection (CEC 5.5, PCEC 7.4).
/// </summary>
public enum ChangeInspectionVerdict
{
    /// <summary>合格: the change may be approved.</summary>
    Passed,

    /// <summary>
    /// 存在不符合项: the factory rectifies them and the body verifies the rectification by recording another inspection;
    /// the change stays open and cannot be approved meanwhile.
    /// </summary>
    Nonconformities,

    /// <summary>不通过: the change cannot be made; the request is refused with the reason (the holder may file a new one).</summary>
    Failed,
}

/// <summary>One inspection recorded for a change request; a request keeps every one, in order.</summary>
/// <param name="Reference">Inspection report reference.</param>
/// <param name="RecordedOn">Date it was recorded.</param>
/// <param name="Verdict">Its verdict.</param>
/// <param name="Nonconformities">The nonconformities found (for <see cref="ChangeInspectionVerdict.Nonconformities"/>).</param>
/// <param name="Reason">Why it failed (for <see cref="ChangeInspectionVerdict.Failed"/>), or the inspector's note.</param>
public sealed record ChangeInspection(
    string Reference, DateOnly RecordedOn, ChangeInspectionVerdict Verdict, IReadOnlyList<string> Nonconformities, string? Reason);
