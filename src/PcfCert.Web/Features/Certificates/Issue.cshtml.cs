using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Access;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>A unit of an approved application still without its certificate, with the scheme's issuance deadline.</summary>
public sealed record AwaitingCertificate(Guid ApplicationId, string Number, int UnitIndex, string Unit, string Applicant, DateOnly Decided, DateOnly? DueOn);

/// <summary>The manager's issuance: pick an approved application's unit, check the particulars it yields, issue.</summary>
[Authorize(Roles = Roles.CertificationManager)]
public sealed class IssueModel(
    PcfCertDbContext db, IssueCertificate issue, SchemeCatalog schemes, TimeProvider time, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public IssueForm Input { get; set; } = new();

    public IReadOnlyList<AwaitingCertificate> Awaiting { get; private set; } = [];

    public CertificationApplication? Application { get; private set; }

    public CertificateParticulars? Draft { get; private set; }

    /// <summary>The certificate this unit of this decision already has: the page names it and offers no second one.</summary>
    public Certificate? Existing { get; private set; }

    public async Task OnGetAsync(Guid? application, int unit, CancellationToken ct)
    {
        Input = new IssueForm { ApplicationId = application ?? Guid.Empty, UnitIndex = unit, IdempotencyKey = Guid.NewGuid().ToString("N") };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await issue.Handle(Input.ToCommand(), Input.IdempotencyKey, ct);
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, nameof(Input));
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = "Flash.CertificateIssued";
        return Redirect($"/Certificates/Details/{outcome.Value!.Certificate.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Awaiting = await AwaitingAsync(db, ct);
        Application = Input.ApplicationId == Guid.Empty ? null
            : await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == Input.ApplicationId, ct);
        if (Application is null)
        {
            return;
        }
        Existing = await db.Certificates.AsNoTracking()
            .SingleOrDefaultAsync(c => c.ApplicationId == Application.Id && c.UnitIndex == Input.UnitIndex, ct);
        if (Existing is not null)
        {
            return;
        }
        var today = CertificateDates.Today(time);
        var request = await issue.RequestAsync(Application, Input.ToCommand(), null, today, ct);
        try
        {
            Draft = Application.DraftCertificate(schemes.Get(Application.SchemeId), request);
        }
        catch (CertificateDomainException e)
        {
            foreach (var message in CertificateProblems.Describe(e, l).SelectMany(p => p.Value))
            {
                ModelState.AddModelError(string.Empty, message);
            }
        }
    }

    /// <summary>Every unit of an approved application that has no certificate yet, oldest decision first.</summary>
    public static async Task<IReadOnlyList<AwaitingCertificate>> AwaitingAsync(PcfCertDbContext db, CancellationToken ct)
    {
        var approved = await db.Applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.Approved).ToListAsync(ct);
        var ids = approved.Select(a => (Guid?)a.Id).ToList();
        var issued = (await db.Certificates.AsNoTracking().Where(c => ids.Contains(c.ApplicationId))
            .Select(c => new { c.ApplicationId, c.UnitIndex }).ToListAsync(ct))
            .Select(c => (c.ApplicationId, c.UnitIndex)).ToHashSet();
        return approved
            .SelectMany(a => a.Units.Select((u, i) => (a, u, i)))
            .Where(x => !issued.Contains((x.a.Id, x.i)))
            .Select(x => new AwaitingCertificate(x.a.Id, x.a.Number, x.i, $"{x.u.ProductName} {x.u.Model}", x.a.Applicant.Name,
                x.a.Decision!.On, x.a.Decision.CertificateDueOn))
            .OrderBy(x => x.Decided).ThenBy(x => x.Number).ThenBy(x => x.UnitIndex)
            .ToList();
    }
}

/// <summary>What the manager posts; the idempotency key is made when the form is shown, so a double submit issues once.</summary>
public sealed class IssueForm
{
    public Guid ApplicationId { get; set; }

    public int UnitIndex { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? TimeBoundaryFrom { get; set; }

    public DateOnly? TimeBoundaryTo { get; set; }

    public string? Remarks { get; set; }

    public string? ReplacesNumber { get; set; }

    public string? IdempotencyKey { get; set; }

    public IssueCertificateCommand ToCommand() =>
        new(ApplicationId, UnitIndex, IssuedOn, TimeBoundaryFrom, TimeBoundaryTo, Remarks, ReplacesNumber);
}
