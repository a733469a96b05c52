using PcfCert.Certification.Certificates;

namespace PcfCert.Web.Features.Registry;

/// <summary>
/// A public registry entry: exactly what the certificate shows (current version), its status today and the history
/// of status changes with dates — no internal notes, references or holder ids.
/// </summary>
public sealed record RegistryEntry(
    string Number,
    CertificateStatus Status,
    string SchemeId,
    int Version,
    DateOnly IssuedOn,
    DateOnly ValidUntil,
    DateOnly? ChangedOn,
    RegistryParty Applicant,
    RegistryParty Manufacturer,
    RegistryParty Factory,
    string Basis,
    string Mode,
    string CertificationUnit,
    string ProductName,
    string Model,
    string FunctionalUnit,
    DateOnly ReportingPeriodFrom,
    DateOnly ReportingPeriodTo,
    SystemBoundary SystemBoundary,
    decimal FootprintValue,
    string FootprintUnit,
    string Issuer,
    string? Remarks,
    IReadOnlyList<RegistryHistoryItem> History,
    CertificateRecovery? Recovery = null,
    DateOnly? RecoveryRecordedOn = null,
    IReadOnlyList<RegistryFormerNumber>? FormerNumbers = null,
    string? RequestedNumber = null)
{
    /// <param name="requestedNumber">The number looked up when it is a former number of this certificate (PCEC 9.3: a change
    /// issued the certificate under a new one); the entry then says so and points to the current number.</param>
    public static RegistryEntry From(Certificate c, DateOnly today, string? requestedNumber = null)
    {
        var contents = c.Contents;
        var p = contents.Particulars;
        // Every status change is public, including the footprint-increase invalidation (CEC annex 3 cl. 10.1, PCEC annex 1 cl. 11.1);
        // a later flag of an already suspended certificate changes nothing the public sees.
        var history = c.History
            .Where(h => h.Trigger != CertificateTrigger.FlagForRecertification || h.From != h.To)
            .Select(h => new RegistryHistoryItem(h.On, h.Trigger, h.To))
            .ToList();
        var status = c.StatusOn(today);
        if (status == CertificateStatus.Expired && c.Status != CertificateStatus.Expired)
        {
            history.Add(new RegistryHistoryItem(c.ValidUntil.AddDays(1), CertificateTrigger.Expire, CertificateStatus.Expired));
        }
        return new RegistryEntry(c.Number, status, c.SchemeId, contents.Version, contents.IssuedOn, contents.ValidUntil, contents.ChangedOn,
            new RegistryParty(p.Applicant.Name, p.Applicant.Address), new RegistryParty(p.Manufacturer.Name, p.Manufacturer.Address),
            new RegistryParty(p.Factory.Name, p.Factory.Address), p.Basis, p.Mode, p.CertificationUnit, p.ProductName, p.Model, p.FunctionalUnit,
            p.ReportingPeriodFrom, p.ReportingPeriodTo, p.SystemBoundary, p.FootprintValue, p.FootprintUnit, p.Issuer, p.Remarks, history,
            c.Recovery, c.RecoveryRecordedOn, FormerNumbersOf(c), requestedNumber is not null && requestedNumber != c.Number ? requestedNumber : null);
    }

    /// <summary>Numbers the certificate was issued under before the current one, each with the day a change replaced it.</summary>
    public static IReadOnlyList<RegistryFormerNumber> FormerNumbersOf(Certificate c) =>
        c.Versions.Where(v => v.Number != c.Number).GroupBy(v => v.Number)
            .Select(g => new RegistryFormerNumber(g.Key, g.Max(v => v.SupersededOn) ?? g.Max(v => v.EffectiveOn))).OrderBy(f => f.ReplacedOn).ToList();
}

/// <summary>A number a certificate carried before an approved change gave it a new one, and the day it was replaced.</summary>
public sealed record RegistryFormerNumber(string Number, DateOnly ReplacedOn);

public sealed record RegistryParty(string Name, string Address);

public sealed record RegistryHistoryItem(DateOnly On, CertificateTrigger Event, CertificateStatus Status);

/// <summary>
/// One line of a search result or of the published notices of suspended, revoked and cancelled certificates; for a revoked or
/// cancelled one, whether it was recovered (null: awaiting recovery; PCEC 9.4 publishes the unrecovered).
/// </summary>
public sealed record RegistryListItem(string Number, string HolderName, string ProductName, string Model, CertificateStatus Status, DateOnly? Since,
    CertificateRecovery? Recovery = null);
