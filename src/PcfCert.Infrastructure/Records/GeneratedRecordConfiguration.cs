using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PcfCert.Infrastructure.Files;

namespace PcfCert.Infrastructure.Records;

internal sealed class GeneratedRecordConfiguration : IEntityTypeConfiguration<GeneratedRecord>
{
    public void Configure(EntityTypeBuilder<GeneratedRecord> b)
    {
        b.ToTable(GeneratedRecord.Table);
        b.HasKey(r => r.Id);
        b.Property(r => r.Kind).HasMaxLength(60);
        b.Property(r => r.Subject).HasMaxLength(100);
        b.Property(r => r.Language).HasMaxLength(10);
        b.Property(r => r.Format).HasMaxLength(10);
        b.Property(r => r.Origin).HasMaxLength(20);
        b.Property(r => r.SourceSha256).HasMaxLength(64);
        b.Property(r => r.Sha256).HasMaxLength(64);
        b.Property(r => r.SignedBy).HasMaxLength(300);
        b.Property(r => r.CreatedBy).HasMaxLength(450);
        b.HasOne<StoredFile>().WithMany().HasForeignKey(r => r.FileId);
        b.HasIndex(r => new { r.ApplicationId, r.Kind, r.Subject });
        b.HasIndex(r => r.CertificateId);
        b.HasIndex(r => r.Sha256);
    }
}
