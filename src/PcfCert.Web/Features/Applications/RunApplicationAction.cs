using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Access;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Applications;

/// <summary>
/// Runs one workflow action on one application: checks who is asking, applies the domain rule, and saves only
/// if everything succeeded. A refused action answers with the rule, in the user's language, and changes nothing.
/// </summary>
public sealed class RunApplicationAction(
    PcfCertDbContext db, SchemeCatalog schemes, CurrentUser me, IEnumerable<IApplicationAction> actions,
    TimeProvider clock, IStringLocalizer<SharedResource> l, IServiceProvider services)
{
    public async Task<Outcome<CertificationApplication>> Handle(Guid id, string actionName, ActionInput input, CancellationToken ct)
    {
        var action = actions.FirstOrDefault(a => a.Name == actionName);
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (action is null || application is null || !ApplicationAccess.CanView(me, application))
        {
            return Outcome<CertificationApplication>.NotFound();
        }
        if (!ApplicationAccess.MayAct(me, application, action.Parties))
        {
            return Outcome<CertificationApplication>.Forbidden(l["Workflow.NotYourAction"]);
        }
        if (input.Optional("concurrencyStamp") is { } stamp && Guid.TryParse(stamp, out var expected))
        {
            db.Entry(application).Property(a => a.ConcurrencyStamp).OriginalValue = expected;
        }
        var scheme = schemes.Get(application.SchemeId);
        var actor = new Actor(me.Id!, me.Name ?? me.Id!);
        try
        {
            var before = application.Status;
            await action.Apply(new ActionContext(application, scheme, input, actor, clock.GetUtcNow(), db, services));
            // Notices of the step are saved with it (Features/Notifications).
            await services.GetRequiredService<Notifications.PublishApplicationNotice>().Handle(application, action.Name, before, input, actor, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (WorkflowException e)
        {
            return Outcome<CertificationApplication>.Invalid(WorkflowMessages.DescribeAll(l, e));
        }
        catch (ActionInputException e)
        {
            return Outcome<CertificationApplication>.Invalid(new Dictionary<string, string[]>
            {
                [e.Field] = [l[e.MessageKey, l.FieldName(e.Field)]],
            });
        }
        catch (FormProblemsException e)
        {
            return Outcome<CertificationApplication>.Invalid(e.Problems.GroupBy(p => p.Field)
                .ToDictionary(g => g.Key, g => g.Select(p => Localise(p.Text)).ToArray()));
        }
        catch (Actions.ModelRejectedException e)
        {
            return Outcome<CertificationApplication>.Invalid(new Dictionary<string, string[]>
            {
                ["model"] = [.. e.Errors.Select(x => Footprints.FootprintErrorText.Describe(l, x))],
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<CertificationApplication>.Conflict(l["Concurrency.Changed"]);
        }
        return Outcome<CertificationApplication>.Ok(application);
    }

    private string Localise(FormText text) => l[text.Key, [.. text.Arguments.Select(a => a switch
    {
        FormText inner => Localise(inner),
        LocalizedText t => System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? t.Zh : t.En,
        _ => a,
    })]];
}

/// <summary>Who may see and act on an application.</summary>
public static class ApplicationAccess
{
    /// <summary>Applicants see their own organisation's applications; certification-body staff see all.</summary>
    public static bool CanView(CurrentUser me, CertificationApplication application) =>
        me.IsApplicant ? me.OrganisationId == application.OrganisationId : me.Id is not null;

    /// <summary>
    /// Need to know (issue 12 item 7), the rule of the evidence files: the applicant's own users; certification managers,
    /// technical reviewers and decision makers; any other staff member only while on the application's team. Governs the
    /// full application document, its audit trail, footprint models and the inventories (pages, export, model, checks).
    /// </summary>
    public static bool NeedsToKnow(CurrentUser me, CertificationApplication application) =>
        me.IsApplicant ? me.OrganisationId == application.OrganisationId
        : me.IsInRole(Roles.CertificationManager) || me.IsInRole(Roles.TechnicalReviewer) || me.IsInRole(Roles.DecisionMaker)
          || (me.Id is { } id && application.WasOnTeam(id));

    public static bool MayAct(CurrentUser me, CertificationApplication application, IReadOnlyList<ActionParty> parties) =>
        parties.Any(p => p switch
        {
            ActionParty.Applicant => me.IsApplicant && me.OrganisationId == application.OrganisationId,
            ActionParty.Manager => me.IsInRole(Roles.CertificationManager),
            ActionParty.Team => me.Id is not null && application.WasOnTeam(me.Id),
            ActionParty.Reviewer => me.IsInRole(Roles.TechnicalReviewer),
            ActionParty.DecisionMaker => me.IsInRole(Roles.DecisionMaker),
            _ => false,
        });
}
