using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Schemes;
using PcfCert.Infrastructure.Pact;
using PcfCert.Infrastructure.Persistence;

namespace PcfCert.Web.Features.Pact;

/// <summary>
/// Brings the PACT footprints in line with the certificates, without touching the certificate code: each run reads
/// the certificates' concurrency stamps, and for every certificate whose stamp differs from the one last published
/// (<see cref="PactCertificateMark"/>) it publishes, deprecates or replaces footprints:
/// valid → an Active footprint of the current version (a new one, naming the earlier ones in precedingPfIds, after a
/// change, a restoration or a re-certification); any other status → every Active footprint becomes Deprecated.
/// Each change queues a PublishedEvent for the clients that may read it. Safe with several instances: the
/// (certificate, sequence) index is unique and footprints carry a concurrency stamp; a lost race is retried next run.
/// </summary>
public sealed class PublishPactFootprints(PcfCertDbContext db, SchemeCatalog schemes, PactEvents events, TimeProvider time, ILogger<PublishPactFootprints> log)
{
    public async Task<int> Handle(CancellationToken ct)
    {
        var marks = await db.Set<PactCertificateMark>().AsNoTracking().ToDictionaryAsync(m => m.CertificateId, m => m.Stamp, ct);
        var stamps = await db.Certificates.AsNoTracking().Select(c => new { c.Id, c.ConcurrencyStamp, c.ProjectReference }).ToListAsync(ct);
        var stale = stamps.Where(c => !marks.TryGetValue(c.Id, out var seen) || seen != c.ConcurrencyStamp).ToList();
        if (stale.Count == 0)
        {
            return 0;
        }
        // Certificates that have no footprint and no verified result behind them only need their mark: in bulk.
        var verified = (await db.Applications.AsNoTracking().Where(a => a.VerifiedValue != null).Select(a => a.Number).ToListAsync(ct)).ToHashSet();
        var published = (await db.Set<PactFootprint>().AsNoTracking().Select(f => f.CertificateId).Distinct().ToListAsync(ct)).ToHashSet();
        var changed = 0;
        foreach (var batch in stale.Where(c => !published.Contains(c.Id) && !(c.ProjectReference is { } r && verified.Contains(r))).Chunk(1000))
        {
            db.ChangeTracker.Clear();
            foreach (var c in batch)
            {
                Mark(c.Id, c.ConcurrencyStamp, marks.ContainsKey(c.Id));
            }
            await SaveIgnoringRacesAsync(ct);
        }
        foreach (var c in stale.Where(c => published.Contains(c.Id) || (c.ProjectReference is { } r && verified.Contains(r))))
        {
            db.ChangeTracker.Clear();
            try
            {
                changed += await PublishAsync(c.Id, marks.ContainsKey(c.Id), ct);
            }
            catch (DbUpdateException e)
            {
                log.LogInformation(e, "PACT publication of certificate {Certificate} lost a race; the next run retries", c.Id);
            }
        }
        db.ChangeTracker.Clear();
        return changed;
    }

    private void Mark(Guid certificateId, Guid stamp, bool exists)
    {
        var mark = new PactCertificateMark { CertificateId = certificateId, Stamp = stamp };
        if (exists)
        {
            db.Update(mark);
        }
        else
        {
            db.Add(mark);
        }
    }

    private async Task SaveIgnoringRacesAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            log.LogInformation(e, "PACT marks lost a race with another instance; the next run retries");
        }
    }

    private async Task<int> PublishAsync(Guid certificateId, bool marked, CancellationToken ct)
    {
        var certificate = await db.Certificates.AsNoTracking().SingleAsync(c => c.Id == certificateId, ct);
        var footprints = await db.Set<PactFootprint>().Where(f => f.CertificateId == certificateId).OrderBy(f => f.Sequence).ToListAsync(ct);
        var now = time.GetUtcNow();
        var touched = new List<PactFootprint>();
        var valid = certificate.Status == CertificateStatus.Valid;
        var current = footprints.SingleOrDefault(f => f.Status == PactStatus.Active && f.CertificateVersion == certificate.Current.Version);
        foreach (var active in footprints.Where(f => f.Status == PactStatus.Active && (!valid || f != current)))
        {
            active.Status = PactStatus.Deprecated;
            active.Revision++;
            active.DeprecatedAt = now;
            active.Document = PactDocument.WithStatus(active.Document, PactStatus.Deprecated);
            active.ConcurrencyStamp = Guid.NewGuid();
            touched.Add(active);
        }
        if (valid && current is null && await PactSourceLoader.LoadAsync(db, schemes, certificate, ct) is { } source)
        {
            var preceding = footprints.Select(f => f.Id).ToList();
            if (preceding.Count == 0 && certificate.ReplacesNumber is { } replaced)
            {
                preceding = await (from f in db.Set<PactFootprint>() where f.CertificateNumber == replaced orderby f.Sequence select f.Id).ToListAsync(ct);
            }
            var id = Guid.NewGuid();
            var (document, problem) = PactFootprintMapper.Map(id, now, preceding, PactStatus.Active, source);
            if (document is null)
            {
                log.LogWarning("Certificate {Number} is not published to PACT: {Problem}", certificate.Number, problem);
            }
            else
            {
                var footprint = new PactFootprint
                {
                    Id = id, CertificateId = certificate.Id, CertificateNumber = certificate.Number, Sequence = footprints.Count + 1,
                    CertificateVersion = certificate.Current.Version, HolderOrganisationId = certificate.HolderOrganisationId,
                    Status = PactStatus.Active, Created = now, Document = document.ToJsonString(), ConcurrencyStamp = Guid.NewGuid(),
                };
                db.Add(footprint);
                touched.Add(footprint);
            }
        }
        Mark(certificate.Id, certificate.ConcurrencyStamp, marked);
        if (touched.Count > 0)
        {
            await events.QueuePublishedAsync(certificate.Id, certificate.HolderOrganisationId, touched.Select(f => f.Id).ToList(), ct);
        }
        await db.SaveChangesAsync(ct);
        return touched.Count;
    }
}
