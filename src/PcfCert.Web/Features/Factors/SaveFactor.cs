using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Infrastructure.Factors;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Factors;

/// <summary>
/// Creates a factor (version 1) or revises one: the revision is a new version with a change note; the versions before
/// it stay as they were. A stale form (another edit in between) is refused.
/// </summary>
public sealed class SaveFactor(PcfCertDbContext db, TimeProvider time, IStringLocalizer<SharedResource> l)
{
    public async Task<Outcome<EmissionFactorVersion>> Handle(string? code, FactorInput input, string userId, CancellationToken ct)
    {
        var entry = code is null ? null : await db.EmissionFactors.SingleOrDefaultAsync(e => e.Code == code, ct);
        if (code is not null && entry is null)
        {
            return Outcome<EmissionFactorVersion>.NotFound();
        }
        if (entry is not null)
        {
            input.Code = entry.Code;
        }
        var (version, errors) = input.ToVersion(l, changeNoteRequired: entry is not null);
        if (version is null)
        {
            return Outcome<EmissionFactorVersion>.Invalid(errors);
        }
        if (entry is null)
        {
            if (await db.EmissionFactors.AnyAsync(e => e.Code == version.Code, ct))
            {
                return Outcome<EmissionFactorVersion>.Invalid(new Dictionary<string, string[]> { ["code"] = [l["Factor.Error.Exists", version.Code]] });
            }
            entry = new EmissionFactorEntry { Id = Guid.NewGuid(), Code = version.Code, CurrentVersion = 0, ConcurrencyStamp = Guid.NewGuid() };
            db.EmissionFactors.Add(entry);
        }
        else
        {
            if (input.ConcurrencyStamp != entry.ConcurrencyStamp)
            {
                return Outcome<EmissionFactorVersion>.Conflict(l["Concurrency.Changed"]);
            }
            var current = await db.EmissionFactorVersions.AsNoTracking().SingleAsync(v => v.FactorId == entry.Id && v.Version == entry.CurrentVersion, ct);
            if (FactorInput.SameContent(current, version))
            {
                return Outcome<EmissionFactorVersion>.Invalid(new Dictionary<string, string[]> { [""] = [l["Factor.Error.Unchanged"]] });
            }
        }
        Append(entry, version, userId, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<EmissionFactorVersion>.Conflict(l["Concurrency.Changed"]);
        }
        return Outcome<EmissionFactorVersion>.Ok(version);
    }

    /// <summary>Adds <paramref name="version"/> as the entry's next version and makes it current.</summary>
    internal void Append(EmissionFactorEntry entry, EmissionFactorVersion version, string userId, DateTimeOffset at)
    {
        entry.CurrentVersion++;
        entry.ConcurrencyStamp = Guid.NewGuid();
        version.Id = Guid.NewGuid();
        version.FactorId = entry.Id;
        version.Code = entry.Code;
        version.Version = entry.CurrentVersion;
        version.CreatedAt = at;
        version.CreatedBy = userId;
        db.EmissionFactorVersions.Add(version);
    }
}
