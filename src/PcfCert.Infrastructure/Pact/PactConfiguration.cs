using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PcfCert.Certification.Certificates;
using PcfCert.Infrastructure.ApiClients;

namespace PcfCert.Infrastructure.Pact;

internal sealed class PactFootprintConfiguration : IEntityTypeConfiguration<PactFootprint>
{
    public void Configure(EntityTypeBuilder<PactFootprint> b)
    {
        b.ToTable("pact_footprints");
        b.HasKey(f => f.Id);
        b.HasOne<Certificate>().WithMany().HasForeignKey(f => f.CertificateId);
        b.HasIndex(f => new { f.CertificateId, f.Sequence }).IsUnique();
        b.HasIndex(f => f.HolderOrganisationId);
        b.Property(f => f.CertificateNumber).HasMaxLength(40);
        b.Property(f => f.Status).HasMaxLength(20);
        b.Property(f => f.ConcurrencyStamp).IsConcurrencyToken();
    }
}

internal sealed class PactEventConfiguration : IEntityTypeConfiguration<PactEvent>
{
    public void Configure(EntityTypeBuilder<PactEvent> b)
    {
        b.ToTable("pact_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.Direction).HasMaxLength(3);
        b.Property(e => e.Type).HasMaxLength(100);
        b.Property(e => e.EventId).HasMaxLength(200);
        b.Property(e => e.Source).HasMaxLength(500);
        b.Property(e => e.Target).HasMaxLength(500);
        b.Property(e => e.LastError).HasMaxLength(500);
        b.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        b.HasIndex(e => new { e.Direction, e.DeliveredAt, e.NextAttemptAt });
    }
}

internal sealed class PactCertificateMarkConfiguration : IEntityTypeConfiguration<PactCertificateMark>
{
    public void Configure(EntityTypeBuilder<PactCertificateMark> b)
    {
        b.ToTable("pact_certificate_marks");
        b.HasKey(m => m.CertificateId);
    }
}

internal sealed class PactGrantConfiguration : IEntityTypeConfiguration<PactGrant>
{
    public void Configure(EntityTypeBuilder<PactGrant> b)
    {
        b.ToTable("pact_grants");
        b.HasKey(g => g.Id);
        b.HasOne<Certificate>().WithMany().HasForeignKey(g => g.CertificateId);
        b.HasOne<ApiClient>().WithMany().HasForeignKey(g => g.ApiClientId);
        b.HasIndex(g => new { g.CertificateId, g.ApiClientId });
        b.Property(g => g.GrantedBy).HasMaxLength(450);
    }
}
