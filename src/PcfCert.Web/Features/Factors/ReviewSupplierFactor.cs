using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Infrastructure.Factors;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Hosting;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Factors;

/// <summary>
/// The certification body reviews a supplier factor against its document and accepts it as secondary data: a new version
/// (versions are never changed) with status <see cref="AddSupplierFactor.Reviewed"/> and the reviewer's note; models
/// that named the first version keep computing the same.
/// </summary>
public sealed class ReviewSupplierFactor(PcfCertDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EmissionFactorVersion>> Handle(string code, string? note, Guid? stamp, CancellationToken ct)
    {
        if (!FactorAccess.CanMaintain(me))
        {
            return Outcome<EmissionFactorVersion>.Forbidden(l["SupplierFactor.ReviewerOnly"]);
        }
        var entry = await db.EmissionFactors.SingleOrDefaultAsync(e => e.Code == code, ct);
        if (entry?.OwnerOrganisationId is null)
        {
            return Outcome<EmissionFactorVersion>.NotFound();
        }
        if (entry.ConcurrencyStamp != stamp)
        {
            return Outcome<EmissionFactorVersion>.Conflict(l["Concurrency.Changed"]);
        }
        var current = await db.EmissionFactorVersions.AsNoTracking().SingleAsync(v => v.FactorId == entry.Id && v.Version == entry.CurrentVersion, ct);
        if (current.Status != AddSupplierFactor.Unreviewed)
        {
            return Outcome<EmissionFactorVersion>.Conflict(l["SupplierFactor.AlreadyReviewed"]);
        }
        if (string.IsNullOrWhiteSpace(note))
        {
            return Outcome<EmissionFactorVersion>.Invalid(new Dictionary<string, string[]> { ["Note"] = [l["Validation.RequiredField", l["SupplierFactor.ReviewNote"]]] });
        }
        var reviewed = new EmissionFactorVersion
        {
            Id = Guid.NewGuid(), FactorId = entry.Id, Code = entry.Code, Version = entry.CurrentVersion + 1, NameZh = current.NameZh, NameEn = current.NameEn,
            Category = current.Category, Unit = current.Unit, KgCO2e = current.KgCO2e, Gases = current.Gases, Origin = current.Origin, Source = current.Source,
            SourceUrl = current.SourceUrl, Year = current.Year, Geography = current.Geography, GwpBasis = current.GwpBasis, Ter = current.Ter, Ger = current.Ger,
            Tir = current.Tir, P = current.P, UncertaintyGsd = current.UncertaintyGsd, LicenceNote = current.LicenceNote, DocumentFileId = current.DocumentFileId,
            Status = AddSupplierFactor.Reviewed, ChangeNote = $"Reviewed as secondary data: {note.Trim()}", CreatedBy = me.Name ?? me.Id!, CreatedAt = time.GetUtcNow(),
        };
        entry.CurrentVersion = reviewed.Version;
        entry.ConcurrencyStamp = Guid.NewGuid();
        db.EmissionFactorVersions.Add(reviewed);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<EmissionFactorVersion>.Conflict(l["Concurrency.Changed"]);
        }
        return Outcome<EmissionFactorVersion>.Ok(reviewed);
    }
}
