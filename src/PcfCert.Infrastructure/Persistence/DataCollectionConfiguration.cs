using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PcfCert.Certification.Workflow;
using PcfCert.Infrastructure.DataCollection;
using PcfCert.Infrastructure.Factors;

namespace PcfCert.Infrastructure.Persistence;

internal sealed class EmissionFactorEntryConfiguration : IEntityTypeConfiguration<EmissionFactorEntry>
{
    public void Configure(EntityTypeBuilder<EmissionFactorEntry> b)
    {
        b.ToTable("emission_factors");
        b.HasKey(f => f.Id);
        b.Property(f => f.Code).HasMaxLength(120);
        b.HasIndex(f => f.Code).IsUnique();
        b.HasIndex(f => f.OwnerOrganisationId);
        b.Property(f => f.ConcurrencyStamp).IsConcurrencyToken();
    }
}

internal sealed class EmissionFactorVersionConfiguration : IEntityTypeConfiguration<EmissionFactorVersion>
{
    public void Configure(EntityTypeBuilder<EmissionFactorVersion> b)
    {
        b.ToTable("emission_factor_versions");
        b.HasKey(v => v.Id);
        b.HasOne<EmissionFactorEntry>().WithMany().HasForeignKey(v => v.FactorId);
        b.HasIndex(v => new { v.Code, v.Version }).IsUnique();
        b.Property(v => v.Code).HasMaxLength(120);
        b.Property(v => v.NameZh).HasMaxLength(300);
        b.Property(v => v.NameEn).HasMaxLength(300);
        b.Property(v => v.Category).HasMaxLength(40);
        b.Property(v => v.Unit).HasMaxLength(20);
        b.Property(v => v.Gases).HasJsonConversion();
        b.Property(v => v.Origin).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.Status).HasMaxLength(10);
        b.Property(v => v.GwpBasis).HasMaxLength(20);
        b.Ignore(v => v.Key);
    }
}

internal sealed class InventoryRecordConfiguration : IEntityTypeConfiguration<InventoryRecord>
{
    public void Configure(EntityTypeBuilder<InventoryRecord> b)
    {
        b.ToTable("inventories");
        b.HasKey(i => i.Id);
        b.HasOne<CertificationApplication>().WithMany().HasForeignKey(i => i.ApplicationId);
        b.HasIndex(i => new { i.ApplicationId, i.UnitIndex }).IsUnique();
        b.Property(i => i.Product).HasJsonConversion();
        b.Property(i => i.Sheets).HasJsonConversion();
        b.Property(i => i.ConcurrencyStamp).IsConcurrencyToken();
    }
}

internal sealed class InventoryLineRecordConfiguration : IEntityTypeConfiguration<InventoryLineRecord>
{
    public void Configure(EntityTypeBuilder<InventoryLineRecord> b)
    {
        b.ToTable("inventory_lines");
        b.HasKey(l => l.Id);
        b.HasOne<InventoryRecord>().WithMany().HasForeignKey(l => l.InventoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => new { l.InventoryId, l.Position });
        b.Property(l => l.Stage).HasConversion<string>().HasMaxLength(30);
        b.Property(l => l.Acquisition).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.DataKind).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.Evidence).HasJsonConversion();
        b.Property(l => l.Primary).HasJsonConversion();
        b.Property(l => l.ConcurrencyStamp).IsConcurrencyToken();
    }
}

internal sealed class ImportMatchRecordConfiguration : IEntityTypeConfiguration<ImportMatchRecord>
{
    public void Configure(EntityTypeBuilder<ImportMatchRecord> b)
    {
        b.ToTable("inventory_import_matches");
        b.HasKey(m => new { m.ImportId, m.Index });
        b.HasOne<InventoryImportRecord>().WithMany().HasForeignKey(m => m.ImportId).OnDelete(DeleteBehavior.Cascade);
        b.Property(m => m.Stage).HasConversion<string>().HasMaxLength(30);
        b.Property(m => m.Outcome).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class InventoryImportRecordConfiguration : IEntityTypeConfiguration<InventoryImportRecord>
{
    public void Configure(EntityTypeBuilder<InventoryImportRecord> b)
    {
        b.ToTable("inventory_imports");
        b.HasKey(i => i.Id);
        b.HasOne<CertificationApplication>().WithMany().HasForeignKey(i => i.ApplicationId);
        b.HasIndex(i => new { i.ApplicationId, i.UnitIndex });
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Issues).HasJsonConversion();
        b.Property(i => i.Matches).HasJsonConversion();
        b.Property(i => i.Sha256).HasMaxLength(64);
        b.Property(i => i.LeaseOwner).HasMaxLength(200);
    }
}
