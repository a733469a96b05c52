using PcfCert.Certification.Rules;

namespace PcfCert.Certification.Workflow;

public sealed partial class CertificationApplication
{
    /// <summary>
    /// A clause judged 不符合 is a nonconformity (CEC 5.6 "现场检查存在不符合项时，工厂应在规定期限内完成整改"; PCEC 7.4.2):
    /// the inspection cannot pass until one was raised against every such clause (and closed, checked before).
    /// </summary>
    /// <exception cref="WorkflowException">Every clause judged nonconforming without a nonconformity, listed at once.</exception>
    private IReadOnlyList<DomainProblem> NonconformitiesNotRaised() =>
        InspectionChecklist.NonconformitiesNotRaised(Checklist, Nonconformities.Select(n => n.ClauseId));
}
