using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Features.Surveillance;
using PcfCert.Web.Hosting;

namespace PcfCert.Web.Features.Certificates;

/// <summary>One certificate for the body and the holder: contents, status, plan, history, versions, requests, and the actions each may take.</summary>
public sealed class DetailsModel(PcfCertDbContext db, CurrentUser me, ICertificateRulesSource schemes, TimeProvider time) : PageModel
{
    public Certificate Certificate { get; private set; } = null!;

    public CertificateRules Rules { get; private set; } = null!;

    public IReadOnlyList<PlannedSurveillance> Plan { get; private set; } = [];

    public IReadOnlyList<ChangeRequest> Changes { get; private set; } = [];

    public IReadOnlyList<HolderRequest> Requests { get; private set; } = [];

    public IReadOnlyList<CertificateNotice> Notices { get; private set; } = [];

    public IReadOnlyList<Certification.Certificates.Surveillance> Surveillances { get; private set; } = [];

    public IReadOnlyList<FootprintReport> FootprintReports { get; private set; } = [];

    public DateOnly Today { get; } = CertificateDates.Today(time);

    public bool CanManage => CertificateAccess.CanManage(me);

    public bool IsHolder => CertificateAccess.IsHolder(me, Certificate);

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DateOnly? FactsConfirmedOn { get; set; }

    [BindProperty]
    public Guid? ReinspectionId { get; set; }

    /// <summary>Completed surveillances held during the current suspension: the re-inspections a restoration may rest on (PCEC 9.4).</summary>
    public IReadOnlyList<Certification.Certificates.Surveillance> Reinspections =>
        Certificate.SuspendedOn is { } since ? Surveillances.Where(s => s.Status == SurveillanceStatus.Completed && s.CarriedOutOn >= since).ToList() : [];

    /// <summary>What the holder may ask for now (CEC 7.4, PCEC 9.4): the request rules on today's status, none pending of the same kind.</summary>
    public IReadOnlyList<HolderRequestKind> HolderMayAsk => HolderRequest.Allowed(Certificate, Requests, Today, Rules);

    /// <summary>Whether the body may record the recovery (收回) of a revoked or cancelled certificate (PCEC 9.4).</summary>
    public bool MayRecordRecovery =>
        Certificate.Status is CertificateStatus.Revoked or CertificateStatus.Cancelled && Certificate.Recovery != CertificateRecovery.Recovered;

    [BindProperty]
    public string? ReinspectionReference { get; set; }

    /// <summary>The verdict of a change inspection (CEC 7.3, PCEC 9.3).</summary>
    [BindProperty]
    public ChangeInspectionVerdict? ChangeVerdict { get; set; }

    /// <summary>The nonconformities a change inspection found, one per line.</summary>
    [BindProperty]
    public string? ChangeNonconformities { get; set; }

    [BindProperty]
    public FileChangeRequest.Input Change { get; set; } = new();

    [BindProperty]
    public SurveillanceForm Verdict { get; set; } = new();

    [BindProperty]
    public FootprintReportForm Footprint { get; set; } = new();

    /// <summary>Opening a surveillance as the form posts it (the inspection itself is recorded on /Surveillance/Inspection).</summary>
    public sealed class SurveillanceForm
    {
        public bool Unannounced { get; set; }

        public UnannouncedTrigger? Trigger { get; set; }
    }

    /// <summary>A month's footprint as the holder's form posts it (input type=month gives "yyyy-MM").</summary>
    public sealed class FootprintReportForm
    {
        public string? Month { get; set; }

        public decimal? Value { get; set; }

        public FootprintChange Change { get; set; }

        public ReportFootprint.Input ToInput() => new(
            DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", out var month) ? month : null, Value, Change);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSuspendAsync(Guid id, [FromServices] SuspendCertificate uc, CancellationToken ct) =>
        Managed(id, () => uc.Handle(id, new SuspendCertificate.Input(Reason, FactsConfirmedOn), ct), "Flash.CertificateSuspended", ct);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, [FromServices] RestoreCertificate uc, CancellationToken ct) =>
        Managed(id, () => uc.Handle(id, new RestoreCertificate.Input(ReinspectionId), ct), "Flash.CertificateRestored", ct);

    public Task<IActionResult> OnPostRecoveryAsync(Guid id, bool recovered, [FromServices] RecordRecovery uc, CancellationToken ct) =>
        Managed(id, () => uc.Handle(id, new RecordRecovery.Input(recovered), ct), "Flash.Saved", ct);

    public Task<IActionResult> OnPostRevokeAsync(Guid id, [FromServices] RevokeCertificate uc, CancellationToken ct) =>
        Managed(id, () => uc.Handle(id, new RevokeCertificate.Input(Reason), ct), "Flash.CertificateRevoked", ct);

    public Task<IActionResult> OnPostCancelAsync(Guid id, [FromServices] RevokeCertificate uc, CancellationToken ct) =>
        Managed(id, () => uc.Cancel(id, new RevokeCertificate.Input(Reason), ct), "Flash.CertificateCancelled", ct);

    public Task<IActionResult> OnPostReviewChangeAsync(Guid id, Guid changeId, ReviewChangeRequest.Action action, [FromServices] ReviewChangeRequest uc, CancellationToken ct) =>
        Managed(id, () => uc.Handle(changeId, new ReviewChangeRequest.Input(action, Reason, ReinspectionReference, ChangeVerdict,
            (ChangeNonconformities ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), ct), "Flash.ChangeReviewed", ct);

    public Task<IActionResult> OnPostDecideRequestAsync(Guid id, Guid requestId, bool accept, [FromServices] DecideHolderRequest uc, CancellationToken ct) =>
        Managed(id, () => uc.Handle(requestId, accept, ct), "Flash.Saved", ct);

    public Task<IActionResult> OnPostOpenSurveillanceAsync(Guid id, [FromServices] OpenSurveillance uc, CancellationToken ct) =>
        Managed(id, () => uc.Handle(id, new OpenSurveillance.Input(Verdict.Unannounced, Verdict.Unannounced ? Verdict.Trigger : null), ct), "Flash.SurveillanceOpened", ct);

    public async Task<IActionResult> OnPostJudgeRectificationAsync(Guid id, Guid surveillanceId, Guid nonconformityId, bool accept,
        [FromServices] JudgeSurveillanceRectification uc, CancellationToken ct) =>
        !await OwnSurveillanceAsync(id, surveillanceId, ct) ? NotFound()
        : await Managed(id, () => uc.Handle(surveillanceId, nonconformityId, new JudgeSurveillanceRectification.Input(accept, Reason), ct),
            accept ? "Flash.NonconformityClosed" : "Flash.Saved", ct);

    public async Task<IActionResult> OnPostSubmitRectificationAsync(Guid id, Guid surveillanceId, Guid nonconformityId,
        [FromServices] SubmitSurveillanceRectification uc, CancellationToken ct) =>
        !await OwnSurveillanceAsync(id, surveillanceId, ct) ? NotFound()
        : await Done(id, await uc.Handle(surveillanceId, nonconformityId, new SubmitSurveillanceRectification.Input(Reason), ct), "Flash.Saved", ct);

    public async Task<IActionResult> OnPostReportFootprintAsync(Guid id, [FromServices] ReportFootprint uc, CancellationToken ct)
    {
        var certificate = await CertificatesApi.Holder(db, me, id, ct);
        return certificate is null ? NotFound() : await Done(id, await uc.Handle(certificate, Footprint.ToInput(), ct), "Flash.FootprintReported", ct);
    }

    // A surveillance id posted against another certificate's page is treated as not found.
    private Task<bool> OwnSurveillanceAsync(Guid certificateId, Guid surveillanceId, CancellationToken ct) =>
        db.Surveillances.AnyAsync(s => s.Id == surveillanceId && s.CertificateId == certificateId, ct);

    public async Task<IActionResult> OnPostFileChangeAsync(Guid id, [FromServices] FileChangeRequest uc, CancellationToken ct)
    {
        var certificate = await CertificatesApi.Holder(db, me, id, ct);
        return certificate is null ? NotFound() : await Done(id, await uc.Handle(certificate, Change, ct), "Flash.ChangeFiled", ct);
    }

    // The field is 'holderKind', not 'kind': the change form's bound Change.Kind would otherwise bind an unprefixed
    // 'kind' too and report "The value 'Suspension' is not valid for Kind" beside the request's own problems.
    public async Task<IActionResult> OnPostHolderRequestAsync(Guid id, HolderRequestKind holderKind, [FromServices] FileHolderRequest uc, CancellationToken ct)
    {
        var certificate = await CertificatesApi.Holder(db, me, id, ct);
        return certificate is null ? NotFound() : await Done(id, await uc.Handle(certificate, new FileHolderRequest.Input(holderKind, Reason), ct), "Flash.RequestFiled", ct);
    }

    private async Task<IActionResult> Managed<T>(Guid id, Func<Task<Outcome<T>>> act, string flash, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }
        return await Done(id, await act(), flash, ct);
    }

    private async Task<IActionResult> Done<T>(Guid id, Outcome<T> outcome, string flash, CancellationToken ct)
    {
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (!outcome.IsOk)
        {
            outcome.CopyTo(ModelState, "Input");
            db.ChangeTracker.Clear();
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        TempData["Flash"] = flash;
        return Redirect($"/Certificates/Details/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var certificate = await CertificatesApi.Visible(db, me, id, ct);
        if (certificate is null)
        {
            return false;
        }
        Certificate = certificate;
        Rules = schemes.Find(certificate.SchemeId)!;
        Plan = await SurveillanceDueList.PlanAsync(db, certificate, Rules, ct);
        Changes = await db.CertificateChangeRequests.AsNoTracking().Where(r => r.CertificateId == id).OrderByDescending(r => r.FiledOn).ToListAsync(ct);
        Requests = await db.CertificateHolderRequests.AsNoTracking().Where(r => r.CertificateId == id).OrderByDescending(r => r.FiledOn).ToListAsync(ct);
        Surveillances = (await db.Surveillances.AsNoTracking().Where(s => s.CertificateId == id).ToListAsync(ct)).OrderByDescending(s => s.OpenedOn).ToList();
        FootprintReports = (await db.FootprintReports.AsNoTracking().Where(r => r.CertificateId == id).ToListAsync(ct)).OrderByDescending(r => r.Month).ToList();
        Notices = (await db.CertificateNotices.AsNoTracking().Where(n => n.CertificateId == id).ToListAsync(ct)).OrderByDescending(n => n.CreatedAt).ToList();
        return true;
    }
}
