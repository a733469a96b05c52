using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Organisations;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Organisations;

public static class OrganisationApi
{
    public sealed record OrganisationDto(
        Guid Id, string Name, string CreditCode, string RegisteredAddress, string? PostalCode, string? ContactPerson,
        string? Phone, string? Email, string? MailingAddress, EnterpriseNature? Nature, string? Industry,
        bool? RevenueAtLeast20MillionYuan, Guid ConcurrencyStamp)
    {
        public static OrganisationDto From(Organisation o) => new(
            o.Id, o.Name, o.CreditCode.Value, o.RegisteredAddress, o.PostalCode, o.ContactPerson, o.Phone, o.Email,
            o.MailingAddress, o.Nature, o.Industry, o.RevenueAtLeast20MillionYuan, o.ConcurrencyStamp);
    }

    public static void MapOrganisationApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");

        group.MapGet("/", async (PcfCertDbContext db, CurrentUser me, CancellationToken ct) =>
        {
            var query = db.Organisations.AsNoTracking();
            if (me.IsApplicant)
            {
                query = query.Where(o => o.Id == me.OrganisationId);
            }
            var list = await query.OrderBy(o => o.Name).ToListAsync(ct);
            return TypedResults.Ok(list.Select(OrganisationDto.From).ToList());
        }).WithSummary("Organisations the caller may see (an applicant: only its own).");

        group.MapGet("/{id:guid}", async (Guid id, PcfCertDbContext db, CurrentUser me, CancellationToken ct) =>
        {
            if (!OrganisationAccess.CanView(me, id))
            {
                return Results.NotFound();
            }
            var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
            return organisation is null ? Results.NotFound() : Results.Ok(OrganisationDto.From(organisation));
        }).WithSummary("One organisation's profile; 404 for an organisation the caller may not see.");

        group.MapPost("/", async (OrganisationInput input, CurrentUser me, RegisterOrganisation register, CancellationToken ct) =>
        {
            if (!OrganisationAccess.CanRegister(me))
            {
                return Results.Forbid();
            }
            var outcome = await register.Handle(input, ct);
            return outcome.ToHttpResult(o => Results.Created($"/api/v1/organisations/{o.Id}", OrganisationDto.From(o)));
        }).WithSummary("Registers an organisation (administrator, certification manager).");

        group.MapPut("/{id:guid}", async (Guid id, OrganisationInput input, UpdateOrganisationProfile update, CancellationToken ct) =>
            (await update.Handle(id, input, ct)).ToHttpResult(o => Results.Ok(OrganisationDto.From(o))))
            .WithSummary("Saves a profile. Send the concurrencyStamp you read; a stale stamp answers 409.");
    }
}
