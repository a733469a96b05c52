using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.Persistence;
using PcfCert.Web.Localization;

namespace PcfCert.Web.Features.Certificates;

/// <summary>Runs a domain action and saves it, turning refused moves and stale copies into outcome values.</summary>
public static class CertificateOutcome
{
    /// <param name="onUniqueViolation">When set, a unique-index violation on saving (a second writer of the same thing)
    /// is answered as this refusal instead of failing.</param>
    public static async Task<Outcome<T>> SaveAsync<T>(PcfCertDbContext db, IStringLocalizer<SharedResource> l, Func<T> act, CancellationToken ct,
        CertificateError? onUniqueViolation = null)
    {
        T value;
        try
        {
            value = act();
        }
        catch (CertificateDomainException e)
        {
            return Refused<T>(e, l);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<T>.Conflict(l["Concurrency.Changed"]);
        }
        catch (DbUpdateException) when (onUniqueViolation is { } refusal)
        {
            return Refused<T>(new CertificateDomainException(refusal, refusal.ToString()), l);
        }
        return Outcome<T>.Ok(value);
    }

    public static Outcome<T> Refused<T>(CertificateDomainException e, IStringLocalizer<SharedResource> l)
    {
        var message = l["CertificateError." + e.Error];
        return e.Error is CertificateError.IllegalTransition or CertificateError.NotYetDue or CertificateError.IllegalChangeRequestMove
            or CertificateError.IllegalSurveillanceMove or CertificateError.RequestAlreadyDecided or CertificateError.PlannedSurveillanceOpen
            or CertificateError.RecoveryNotApplicable or CertificateError.RequestPending or CertificateError.ValidityEnded
            ? Outcome<T>.Conflict(message)
            : Outcome<T>.Invalid(CertificateProblems.Describe(e, l)); // every problem, at its field
    }

    public static Outcome<T> Required<T>(IStringLocalizer<SharedResource> l, string field, string labelKey) =>
        Outcome<T>.Invalid(new Dictionary<string, string[]> { [field] = [l["Certificate.FieldRequired", l[labelKey]]] });

    public static Task<Certificate?> FindNumberAsync(this PcfCertDbContext db, string number, CancellationToken ct) =>
        db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Number == number, ct);

    public static Task<Certificate?> FindAsync(this PcfCertDbContext db, Guid id, CancellationToken ct) =>
        db.Certificates.SingleOrDefaultAsync(c => c.Id == id, ct);
}
