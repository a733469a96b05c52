using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Rules;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Applications;
using PcfCert.Web.Features.Certificates;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Surveillance;

/// <summary>Who may take a step of a surveillance inspection.</summary>
public enum SurveillanceParty
{
    /// <summary>A certification manager (opens, assigns the team).</summary>
    Manager,

    /// <summary>A member of the surveillance team (records the inspection).</summary>
    Team,

    /// <summary>The surveillance team's leader (concludes: CEC 6.3 "检查组负责直接向 CEC 报告监督检查结论", PCEC 8.3).</summary>
    Leader,

    /// <summary>The team or the holder (the holder submits the surveillance period's footprint model).</summary>
    TeamOrHolder,
}

/// <summary>
/// Loads a surveillance with its certificate, scheme and the application it was issued from, checks who acts, runs a
/// domain step and saves it; every refusal of the domain comes back as field problems in the user's language.
/// </summary>
public sealed class SurveillanceWork(PcfCertDbContext db, SchemeCatalog schemes, ICertificateRulesSource rules, TimeProvider time, CurrentUser me,
    IStringLocalizer<SharedResource> l)
{
    public sealed record Context(Certification.Certificates.Surveillance Surveillance, Certificate Certificate, SchemeDefinition Scheme,
        CertificateRules Rules, CertificationApplication? Application, DateOnly Today, DateTimeOffset Now, Actor Actor, PcfCertDbContext Db);

    public async Task<Context?> LoadAsync(Guid surveillanceId, CancellationToken ct)
    {
        var surveillance = await db.Surveillances.SingleOrDefaultAsync(s => s.Id == surveillanceId, ct);
        var certificate = surveillance is null ? null : await db.FindAsync(surveillance.CertificateId, ct);
        if (surveillance is null || certificate is null || !CertificateAccess.CanView(me, certificate))
        {
            return null;
        }
        var application = certificate.ApplicationId is { } appId ? await db.Applications.SingleOrDefaultAsync(a => a.Id == appId, ct) : null;
        return new Context(surveillance, certificate, schemes.Get(certificate.SchemeId), rules.Find(certificate.SchemeId)!, application,
            CertificateDates.Today(time), time.GetUtcNow(), new Actor(me.Id ?? "", me.Name ?? ""), db);
    }

    /// <summary>Whether the signed-in user is that party of the surveillance.</summary>
    public bool Is(Context c, SurveillanceParty party) => party switch
    {
        SurveillanceParty.Manager => CertificateAccess.CanManage(me),
        SurveillanceParty.Team => me.Id is { } id && c.Surveillance.Team.Any(m => m.UserId == id),
        SurveillanceParty.Leader => me.Id is { } id && c.Surveillance.Team.Any(m => m.UserId == id && m.Role == TeamRole.Leader),
        SurveillanceParty.TeamOrHolder => Is(c, SurveillanceParty.Team) || CertificateAccess.IsHolder(me, c.Certificate),
        _ => false,
    };

    /// <summary>Loads, checks the party, runs <paramref name="act"/> and saves.</summary>
    public async Task<Outcome<Certification.Certificates.Surveillance>> RunAsync(Guid surveillanceId, SurveillanceParty party, Func<Context, Task> act,
        CancellationToken ct)
    {
        var c = await LoadAsync(surveillanceId, ct);
        if (c is null)
        {
            return Outcome<Certification.Certificates.Surveillance>.NotFound();
        }
        if (!Is(c, party))
        {
            return Outcome<Certification.Certificates.Surveillance>.Forbidden(l["Surveillance.NotYourStep", l["SurveillanceParty." + party]]);
        }
        try
        {
            await act(c);
        }
        catch (CertificateDomainException e)
        {
            return CertificateOutcome.Refused<Certification.Certificates.Surveillance>(e, l);
        }
        catch (DomainException e)
        {
            return Outcome<Certification.Certificates.Surveillance>.Invalid(Describe(e));
        }
        catch (Applications.Actions.ModelRejectedException e)
        {
            return Outcome<Certification.Certificates.Surveillance>.Invalid(new Dictionary<string, string[]>
            {
                ["model"] = [.. e.Errors.Select(x => Footprints.FootprintErrorText.Describe(l, x))],
            });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Certification.Certificates.Surveillance>.Conflict(l["Concurrency.Changed"]);
        }
        return Outcome<Certification.Certificates.Surveillance>.Ok(c.Surveillance);
    }

    /// <summary>Every problem at its field: workflow rules (shared with the initial inspection) and certificate rules.</summary>
    public Dictionary<string, string[]> Describe(DomainException e) =>
        e.Problems.GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.Select(p => Enum.TryParse<CertificateError>(p.Code, out _)
            ? l["CertificateError." + p.Code].Value
            : WorkflowMessages.Describe(l, p)).ToArray());
}
