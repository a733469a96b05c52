using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Organisations;
using PcfCert.Certification.Personnel;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Audit;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Factors;
using PcfCert.Infrastructure.Files;
using PcfCert.Infrastructure.Identity;

namespace PcfCert.Infrastructure.Persistence;

// Data-protection keys live in the database so that every app instance on one PostgreSQL reads the same
// sign-in and anti-forgery cookies.
public sealed class PcfCertDbContext(DbContextOptions<PcfCertDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<CertificationApplication> Applications => Set<CertificationApplication>();

    public DbSet<RegisteredPerson> Personnel => Set<RegisteredPerson>();

    public DbSet<StoredFile> Files => Set<StoredFile>();

    public DbSet<FootprintModelRecord> FootprintModels => Set<FootprintModelRecord>();

    public DbSet<SurveillanceModelRecord> SurveillanceModels => Set<SurveillanceModelRecord>();

    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<ChangeRequest> CertificateChangeRequests => Set<ChangeRequest>();
    public DbSet<HolderRequest> CertificateHolderRequests => Set<HolderRequest>();
    public DbSet<Surveillance> Surveillances => Set<Surveillance>();
    public DbSet<FootprintReport> FootprintReports => Set<FootprintReport>();
    public DbSet<CertificateNotice> CertificateNotices => Set<CertificateNotice>();
    public DbSet<CertificateNumberCounter> CertificateNumberCounters => Set<CertificateNumberCounter>();
    public DbSet<EmissionFactorEntry> EmissionFactors => Set<EmissionFactorEntry>();
    public DbSet<EmissionFactorVersion> EmissionFactorVersions => Set<EmissionFactorVersion>();
    public DbSet<InventoryRecord> Inventories => Set<InventoryRecord>();
    public DbSet<InventoryLineRecord> InventoryLines => Set<InventoryLineRecord>();
    public DbSet<InventoryImportRecord> InventoryImports => Set<InventoryImportRecord>();
    public DbSet<ApiClients.ApiClient> ApiClients => Set<ApiClients.ApiClient>();
    public DbSet<ApiClients.ApiAccessToken> ApiAccessTokens => Set<ApiClients.ApiAccessToken>();
    public DbSet<Pact.PactFootprint> PactFootprints => Set<Pact.PactFootprint>();
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();

    /// <summary>
    /// Factor versions and finished import reports are evidence: once written they are never changed or removed (an import
    /// awaiting the applicant's confirmation is not finished)
    /// (a later edit of the library is a new version; a new upload is a new report).
    /// </summary>
    private void RefuseChangesToEvidence()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            var immutable = entry.Entity switch
            {
                EmissionFactorVersion => entry.State is EntityState.Modified or EntityState.Deleted,
                InventoryImportRecord => entry.State == EntityState.Deleted
                    || (entry.State == EntityState.Modified && entry.OriginalValues.GetValue<ImportStatus>(nameof(InventoryImportRecord.Status))
                        is not (ImportStatus.Running or ImportStatus.AwaitingConfirmation)),
                _ => false,
            };
            if (immutable)
            {
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} rows are append-only and cannot be {entry.State.ToString().ToLowerInvariant()}.");
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToEvidence();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToEvidence();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PcfCertDbContext).Assembly);
    }
}
