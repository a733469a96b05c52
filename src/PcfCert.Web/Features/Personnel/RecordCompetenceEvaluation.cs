using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Access;
using PcfCert.Certification.Personnel;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Personnel;

/// <summary>
/// CEC 5.2.2: a competence evaluator (认证人员能力评价人员, registered as such) records the evaluation of a person for a
/// personnel type: the result, its basis and the product areas it covers. Nobody evaluates themself.
/// </summary>
public sealed class RecordCompetenceEvaluation(PcfCertDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed class Input
    {
        public string? PersonnelType { get; set; }
        public bool Competent { get; set; }
        public string? Basis { get; set; }
        public List<string> ProductAreas { get; set; } = [];
    }

    public async Task<Outcome<RegisteredPerson>> Handle(Guid personId, Input input, CancellationToken ct)
    {
        if (await db.Personnel.SingleOrDefaultAsync(p => p.Id == personId, ct) is not { } person)
        {
            return Outcome<RegisteredPerson>.NotFound();
        }
        var evaluator = await db.Personnel.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == me.Id, ct);
        if (!me.IsInRole(Roles.CompetenceEvaluator) || evaluator is null || !evaluator.PersonnelTypes.Contains(Roles.CompetenceEvaluator))
        {
            return Outcome<RegisteredPerson>.Forbidden(l["People.Evaluation.EvaluatorOnly"]);
        }
        var errors = new Dictionary<string, string[]>();
        if (input.PersonnelType is null || !person.PersonnelTypes.Contains(input.PersonnelType))
        {
            errors[nameof(Input.PersonnelType)] = [l["People.Evaluation.TypeNotHeld", person.Name]];
        }
        if (string.IsNullOrWhiteSpace(input.Basis))
        {
            errors[nameof(Input.Basis)] = [l["Validation.Required", l["People.Evaluation.Basis"]]];
        }
        var areas = input.ProductAreas.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct().ToList();
        if (areas.FirstOrDefault(a => !person.ProductAreas.Contains(a)) is { } outside)
        {
            errors[nameof(Input.ProductAreas)] = [l["People.Evaluation.AreaNotHeld", outside]];
        }
        if (errors.Count > 0)
        {
            return Outcome<RegisteredPerson>.Invalid(errors);
        }
        try
        {
            person.RecordEvaluation(new CompetenceEvaluation(Guid.NewGuid(), input.PersonnelType!, input.Competent, input.Basis!.Trim(), areas,
                Certification.Calendar.ChinaToday.From(time), me.Id!, evaluator.Name));
        }
        catch (WorkflowException e)
        {
            return Outcome<RegisteredPerson>.Conflict(Applications.WorkflowMessages.Describe(l, e));
        }
        await db.SaveChangesAsync(ct);
        return Outcome<RegisteredPerson>.Ok(person);
    }
}
