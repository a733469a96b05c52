using PcfCert.Certification.Personnel;

namespace PcfCert.Certification.Workflow;

public sealed partial class CertificationApplication
{
    /// <summary>
    /// CEC 5.2.1 "与被检查方不存在影响公正性的利益关系" (PCEC 7.3 likewise): nobody proposed for the team may have declared a
    /// conflict of interest with the applicant or with any other party inspected — the manufacturer and the factory.
    /// </summary>
    /// <param name="people">The people proposed for the team.</param>
    /// <param name="inspectedParties">The registered organisations of the manufacturer and the factory (by credit code), if any.</param>
    /// <exception cref="WorkflowException">Someone declared a conflict with one of the parties.</exception>
    public void CheckImpartiality(IEnumerable<RegisteredPerson> people, IReadOnlyCollection<Guid> inspectedParties)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(inspectedParties);
        var parties = inspectedParties.Append(OrganisationId).ToHashSet();
        if (people.FirstOrDefault(p => p.ConflictsOfInterest.Any(parties.Contains)) is { } conflicted)
        {
            throw new WorkflowException(WorkflowError.ConflictOfInterest, conflicted.Name);
        }
    }

    /// <summary>The credit codes of the parties inspected besides the applicant: manufacturer and factory.</summary>
    public IReadOnlyList<string> InspectedPartyCreditCodes =>
        new[] { Manufacturer.CreditCode, Factory.CreditCode }.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().ToList();
}
