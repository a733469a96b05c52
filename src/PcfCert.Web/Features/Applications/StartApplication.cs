using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Applications;

/// <summary>An applicant starts a draft application under a scheme; the applicant party is taken from its organisation profile.</summary>
public sealed class StartApplication(PcfCertDbContext db, SchemeCatalog schemes, CurrentUser me, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<CertificationApplication>> Handle(string? schemeId, CancellationToken ct)
    {
        if (!me.IsApplicant || me.OrganisationId is not { } organisationId)
        {
            return Outcome<CertificationApplication>.Forbidden(l["Workflow.NotYourAction"]);
        }
        if (schemeId is null || schemes.Find(schemeId) is not { } scheme)
        {
            return Outcome<CertificationApplication>.Invalid(new Dictionary<string, string[]> { ["schemeId"] = [l["Validation.ChoiceField", l.FieldName("schemeId")]] });
        }
        var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId, ct);
        var party = new PartyDetails(organisation.Name, organisation.CreditCode.Value, organisation.RegisteredAddress);
        var now = clock.GetUtcNow();
        var number = $"A-{now:yyyy}-{Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 3)}";
        var application = CertificationApplication.StartDraft(Guid.NewGuid(), number, scheme, organisationId, party, now);
        db.Applications.Add(application);
        await db.SaveChangesAsync(ct);
        return Outcome<CertificationApplication>.Ok(application);
    }
}
