using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Organisations;
using PcfCert.Certification.Personnel;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Audit;
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

    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<ChangeRequest> CertificateChangeRequests => Set<ChangeRequest>();
    public DbSet<HolderRequest> CertificateHolderRequests => Set<HolderRequest>();
    public DbSet<Surveillance> Surveillances => Set<Surveillance>();
    public DbSet<FootprintReport> FootprintReports => Set<FootprintReport>();
    public DbSet<CertificateNotice> CertificateNotices => Set<CertificateNotice>();
    public DbSet<CertificateNumberCounter> CertificateNumberCounters => Set<CertificateNumberCounter>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PcfCertDbContext).Assembly);
    }
}
