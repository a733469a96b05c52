namespace PcfCert.Certification.Workflow;

/// <summary>Who did something: a user id and the name shown in records.</summary>
/// <param name="UserId">Identity user id.</param>
/// <param name="Name">Display name.</param>
public sealed record Actor(string UserId, string Name);

/// <summary>An applicant, manufacturer or factory as named on the application form (CEC annex 1 parts 一–三).</summary>
/// <param name="Name">注册名称.</param>
/// <param name="CreditCode">统一社会信用代码.</param>
/// <param name="Address">注册地址.</param>
public sealed record PartyDetails(string Name, string CreditCode, string Address);

/// <summary>The factory's profile on the application form (CEC annex 1 三: 企业性质, 行业类别, 企业规模).</summary>
/// <param name="Nature">企业性质.</param>
/// <param name="Industry">行业类别.</param>
/// <param name="RevenueAtLeast20MillionYuan">企业规模: annual main-business revenue of 20 million yuan or more.</param>
public sealed record FactoryProfile(Organisations.EnterpriseNature? Nature, string? Industry, bool? RevenueAtLeast20MillionYuan);

/// <summary>认证单元: product, model and production site; a different model or site is a different unit.</summary>
/// <param name="ProductKey">Key of the product in the scheme's scope table (PCEC) or the category (CEC).</param>
/// <param name="ProductName">产品名称 as the applicant entered it (CEC 7.1 a, PCEC 7.1 (1)); not the category's name.</param>
/// <param name="Model">型号规格.</param>
/// <param name="Standard">执行标准编号及名称.</param>
/// <param name="ProductionSite">生产场所 address.</param>
/// <param name="FunctionalUnit">功能单位 / 声明单位.</param>
public sealed record CertificationUnit(string ProductKey, string ProductName, string Model, string Standard, string ProductionSite, string? FunctionalUnit);

/// <summary>A file uploaded for one of the scheme's application documents.</summary>
/// <param name="DocumentKey">Key of the document in the scheme definition.</param>
/// <param name="FileId">Id of the stored file.</param>
/// <param name="FileName">Name as uploaded.</param>
/// <param name="Sha256">SHA-256 of the content, hex.</param>
/// <param name="Size">Bytes.</param>
/// <param name="UploadedAt">When.</param>
public sealed record DocumentUpload(string DocumentKey, Guid FileId, string FileName, string Sha256, long Size, DateTimeOffset UploadedAt);

/// <summary>A request for missing or inadequate documents; the time limit is paused until the applicant resubmits.</summary>
/// <param name="RequestedOn">Date asked (China time).</param>
/// <param name="Items">What is missing.</param>
/// <param name="AnsweredOn">Date the applicant resubmitted.</param>
public sealed record SupplementRequest(DateOnly RequestedOn, string Items, DateOnly? AnsweredOn);

/// <summary>One recorded status change.</summary>
/// <param name="From">Before.</param>
/// <param name="Trigger">What happened.</param>
/// <param name="To">After.</param>
/// <param name="At">When.</param>
/// <param name="By">Who.</param>
/// <param name="Note">Reason or remark.</param>
public sealed record TransitionRecord(ApplicationStatus From, WorkflowTrigger Trigger, ApplicationStatus To, DateTimeOffset At, Actor By, string? Note);

/// <summary>The role of a person in the inspection team.</summary>
public enum TeamRole
{
    /// <summary>检查组长.</summary>
    Leader,

    /// <summary>检查组成员.</summary>
    Member,

    /// <summary>技术专家 (does not count towards the minimum number of inspectors).</summary>
    Expert,
}

/// <summary>A person in the team, with the qualifications held at assignment.</summary>
/// <param name="PersonId">Personnel register id.</param>
/// <param name="UserId">Identity user id, if the person signs in.</param>
/// <param name="Name">Name.</param>
/// <param name="Role">Role in the team.</param>
/// <param name="Qualifications">Qualification keys valid on the inspection dates.</param>
public sealed record TeamMember(Guid PersonId, string? UserId, string Name, TeamRole Role, IReadOnlyList<string> Qualifications);

/// <summary>检查计划 (PCEC 7.3.2): purpose, basis, scope, dates and members.</summary>
/// <param name="Purpose">检查目的.</param>
/// <param name="Basis">检查依据.</param>
/// <param name="Scope">检查范围.</param>
/// <param name="From">First inspection day.</param>
/// <param name="To">Last inspection day.</param>
public sealed record InspectionPlan(string Purpose, string Basis, string Scope, DateOnly From, DateOnly To);

/// <summary>CEC 5.3 document-review conclusion.</summary>
public enum DocumentReviewConclusion
{
    /// <summary>a) ready for the on-site inspection.</summary>
    Ready,

    /// <summary>b) ready, with items to supply at the on-site inspection.</summary>
    ReadyWithItemsToSupply,
}

/// <summary>Verdict on one checklist item.</summary>
public enum ChecklistVerdict
{
    /// <summary>符合.</summary>
    Conforming,

    /// <summary>不符合.</summary>
    Nonconforming,

    /// <summary>不适用.</summary>
    NotApplicable,
}

/// <summary>The team's verdict on one factory-assurance checklist clause.</summary>
/// <param name="ClauseId">Clause id in the scheme's checklist.</param>
/// <param name="Verdict">Verdict.</param>
/// <param name="Evidence">Evidence notes.</param>
/// <param name="FileIds">Attached evidence (photos, records), if any.</param>
public sealed record ChecklistResult(string ClauseId, ChecklistVerdict Verdict, string? Evidence, IReadOnlyList<Guid>? FileIds = null)
{
    /// <summary>Attached evidence, never null.</summary>
    public IReadOnlyList<Guid> Attachments => FileIds ?? [];
}

/// <summary>Why an application (or a surveillance) is made; CEC annex 1 五 asks the product changes for all but the first.</summary>
public enum ApplicationPurpose
{
    /// <summary>初次认证.</summary>
    Initial,

    /// <summary>监督 (recorded on the surveillance).</summary>
    Surveillance,

    /// <summary>增项: more units under an existing certification.</summary>
    Extension,

    /// <summary>再认证.</summary>
    Recertification,
}

/// <summary>
/// 产品信息变化情况 (CEC annex 1 五, "监督/增项/再认证时填写"): "本次申请认证产品单元 N 个，较既有证书扩大/缩小 M 个。
/// 地址及生产过程：有变化/无变化，具体变化内容". PcfCert issues one certificate per unit, so the difference is the units now
/// minus the existing certificates named.
/// </summary>
/// <param name="Purpose">Surveillance, extension or re-certification.</param>
/// <param name="ExistingCertificates">The existing certificates' numbers (既有证书).</param>
/// <param name="SiteOrProcessChanged">地址及生产过程 有变化 (true) / 无变化 (false); null while unanswered.</param>
/// <param name="Changes">具体变化内容, required when something changed.</param>
public sealed record ProductChangeInformation(ApplicationPurpose Purpose, IReadOnlyList<string> ExistingCertificates, bool? SiteOrProcessChanged, string? Changes)
{
    /// <summary>Units more (positive, 扩大) or fewer (negative, 缩小) than the existing certificates.</summary>
    /// <param name="unitCount">本次申请认证产品单元 count.</param>
    /// <returns>The difference.</returns>
    public int Difference(int unitCount) => unitCount - ExistingCertificates.Count;

    /// <summary>Every missing answer, each at its field under <paramref name="prefix"/>: the certificates, whether site or process changed, what changed.</summary>
    /// <param name="prefix">Field path prefix, e.g. <c>productChanges</c>.</param>
    /// <returns>Field paths that need an answer.</returns>
    public IEnumerable<string> Missing(string prefix)
    {
        if (ExistingCertificates.Count == 0)
        {
            yield return $"{prefix}.existingCertificates";
        }
        if (SiteOrProcessChanged is null)
        {
            yield return $"{prefix}.siteOrProcessChanged";
        }
        else if (SiteOrProcessChanged.Value && string.IsNullOrWhiteSpace(Changes))
        {
            yield return $"{prefix}.changes";
        }
    }
}

/// <summary>产品一致性检查 on one sampled unit.</summary>
/// <param name="UnitIndex">Index of the certification unit.</param>
/// <param name="Sample">The sample taken (serial, batch, how chosen).</param>
/// <param name="Consistent">Whether the product matches the application.</param>
/// <param name="Note">Observations.</param>
public sealed record ConsistencyCheck(int UnitIndex, string Sample, bool Consistent, string? Note);

/// <summary>CEC 5.6 inspection conclusion.</summary>
/// <param name="PurposeBasisScope">a) purpose, basis and scope.</param>
/// <param name="ApplicantDetails">b) applicant details.</param>
/// <param name="ConformityStatement">c) statement of conformity, including nonconformities.</param>
/// <param name="Conclusion">d) conclusion, including the footprint verification result.</param>
/// <param name="Conditions">What the team recorded about each condition the scheme sets for the on-site inspection
/// (<see cref="Schemes.SchemeDefinition.OnSiteInspectionConditions"/>, PCEC 7.4.1 normal production); null or empty where none.</param>
public sealed record InspectionConclusion(string PurposeBasisScope, string ApplicantDetails, string ConformityStatement, string Conclusion,
    IReadOnlyList<InspectionCondition>? Conditions = null);

/// <summary>The team's record of one on-site inspection condition (PCEC 7.4.1 "现场检查时，工厂应正常生产").</summary>
/// <param name="Key">The scheme's condition key, e.g. <c>normal-production</c>.</param>
/// <param name="Met">Whether the condition held during the inspection.</param>
/// <param name="Observation">What the team saw (lines running, products and output observed, or why not).</param>
public sealed record InspectionCondition(string Key, bool Met, string Observation);

/// <summary>A part of the on-site inspection named in messages (the UI translates it as <c>Lifecycle.InspectionPart.{value}</c>).</summary>
public enum InspectionPart
{
    /// <summary>产品一致性检查 (CEC 5.4.2, PCEC 7.4.1).</summary>
    ProductConsistency,
}
