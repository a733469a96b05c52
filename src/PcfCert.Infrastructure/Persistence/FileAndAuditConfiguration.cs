using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.Audit;
using PcfCert.Infrastructure.Files;

namespace PcfCert.Infrastructure.Persistence;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> b)
    {
        b.ToTable("stored_files");
        b.HasKey(f => f.Id);
        b.Property(f => f.FileName).HasMaxLength(260);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.UploadedBy).HasMaxLength(450);
        b.HasIndex(f => f.OrganisationId);
    }
}

internal sealed class FootprintModelRecordConfiguration : IEntityTypeConfiguration<FootprintModelRecord>
{
    public void Configure(EntityTypeBuilder<FootprintModelRecord> b)
    {
        b.ToTable("footprint_model_versions");
        b.HasKey(m => m.Id);
        b.HasOne<CertificationApplication>().WithMany().HasForeignKey(m => m.ApplicationId);
        b.HasIndex(m => new { m.ApplicationId, m.Version }).IsUnique();
        b.Property(m => m.InputSha256).HasMaxLength(64);
    }
}

internal sealed class SurveillanceModelRecordConfiguration : IEntityTypeConfiguration<SurveillanceModelRecord>
{
    public void Configure(EntityTypeBuilder<SurveillanceModelRecord> b)
    {
        b.ToTable("surveillance_model_versions");
        b.HasKey(m => m.Id);
        b.HasOne<PcfCert.Certification.Certificates.Surveillance>().WithMany().HasForeignKey(m => m.SurveillanceId);
        b.HasIndex(m => new { m.SurveillanceId, m.Version }).IsUnique();
        b.Property(m => m.InputSha256).HasMaxLength(64);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedOnAdd();
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.UserName).HasMaxLength(200);
        b.Property(a => a.Entity).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(200);
        b.Property(a => a.Action).HasMaxLength(20);
        b.HasIndex(a => new { a.Entity, a.EntityId });
    }
}
