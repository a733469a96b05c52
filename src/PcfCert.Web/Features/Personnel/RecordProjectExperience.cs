using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Personnel;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Personnel;

/// <summary>Records a footprint verification project done outside PcfCert as a person's experience (CEC table 1).</summary>
public sealed class RecordProjectExperience(PcfCertDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public sealed class Input
    {
        public string? Name { get; set; }
        public string? Client { get; set; }
        public string? CompletedOn { get; set; }
        public string? Role { get; set; }
        public string? Reference { get; set; }
    }

    public async Task<Outcome<RegisteredPerson>> Handle(Guid personId, Input input, CancellationToken ct)
    {
        if (await db.Personnel.SingleOrDefaultAsync(p => p.Id == personId, ct) is not { } person)
        {
            return Outcome<RegisteredPerson>.NotFound();
        }
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, value, label) in new[]
                 {
                     (nameof(Input.Name), input.Name, "People.Project.Name"), (nameof(Input.Client), input.Client, "People.Project.Client"),
                     (nameof(Input.Role), input.Role, "People.Project.Role"), (nameof(Input.Reference), input.Reference, "People.Project.Reference"),
                 })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = [l["Validation.Required", l[label]]];
            }
        }
        var today = Certification.Calendar.ChinaToday.From(time);
        if (!DateOnly.TryParseExact(input.CompletedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var completed) || completed > today)
        {
            errors[nameof(Input.CompletedOn)] = [l["People.Project.CompletedOnInvalid"]];
        }
        if (errors.Count > 0)
        {
            return Outcome<RegisteredPerson>.Invalid(errors);
        }
        person.RecordProject(new RecordedProject(input.Name!.Trim(), input.Client!.Trim(), completed, input.Role!.Trim(), input.Reference!.Trim()));
        await db.SaveChangesAsync(ct);
        return Outcome<RegisteredPerson>.Ok(person);
    }
}
