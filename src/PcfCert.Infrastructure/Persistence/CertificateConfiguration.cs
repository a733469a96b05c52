using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PcfCert.Certification.Certificates;
using PcfCert.Certification.Organisations;
using PcfCert.Certification.Workflow;

namespace PcfCert.Infrastructure.Persistence;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("certificates");
        builder.HasKey(c => c.Id);
        builder.Ignore(c => c.Current);
        builder.Ignore(c => c.Contents);
        builder.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.SchemeId).HasMaxLength(60);
        builder.HasIndex(c => new { c.SchemeId, c.NumberYear, c.NumberSequence }).IsUnique();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => c.Status);
        builder.Property(c => c.HolderName).HasMaxLength(200);
        builder.HasIndex(c => c.HolderName);
        builder.HasIndex(c => c.HolderOrganisationId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.HolderOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.ProjectReference).HasMaxLength(100);
        builder.Property(c => c.DecisionReference).HasMaxLength(100);
        builder.Property(c => c.SuspensionReason).HasMaxLength(1000);
        builder.Property(c => c.Recovery).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ReplacedByNumber).HasMaxLength(40);
        builder.Property(c => c.ReplacesNumber).HasMaxLength(40);
        // One certificate per unit of an approved decision (the application holds one decision).
        builder.HasIndex(c => new { c.ApplicationId, c.UnitIndex }).IsUnique();
        builder.Property(c => c.IdempotencyKey).HasMaxLength(100);
        builder.HasMany(c => c.Versions).WithOne().HasForeignKey("CertificateId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasMany(c => c.History).WithOne().HasForeignKey("CertificateId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class CertificateVersionConfiguration : IEntityTypeConfiguration<CertificateVersion>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<CertificateVersion> builder)
    {
        builder.ToTable("certificate_versions");
        builder.HasKey(v => v.Id);
        // Ids are made by the domain: a new child found in a loaded aggregate's collection is an insert, not an update.
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property<Guid>("CertificateId");
        builder.HasIndex("CertificateId", nameof(CertificateVersion.Version)).IsUnique();
        // A replaced number (PCEC 9.3: a changed certificate gets a new one) is still looked up in the registry.
        builder.Property(v => v.Number).HasMaxLength(40);
        builder.HasIndex(v => v.Number);
        // The printed particulars are one document per version: stored as JSON text on both providers.
        builder.Property(v => v.Particulars).HasColumnName("ParticularsJson")
            .HasConversion(p => JsonSerializer.Serialize(p, Json), s => JsonSerializer.Deserialize<CertificateParticulars>(s, Json)!);
    }
}

internal sealed class CertificateStatusChangeConfiguration : IEntityTypeConfiguration<CertificateStatusChange>
{
    public void Configure(EntityTypeBuilder<CertificateStatusChange> builder)
    {
        builder.ToTable("certificate_status_changes");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property<Guid>("CertificateId");
        builder.HasIndex("CertificateId", nameof(CertificateStatusChange.Sequence)).IsUnique();
        builder.Property(h => h.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Trigger).HasConversion<string>().HasMaxLength(40);
        builder.Property(h => h.Note).HasMaxLength(1000);
    }
}

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ChangeRequest> builder)
    {
        builder.ToTable("certificate_change_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Certificate>().WithMany().HasForeignKey(r => r.CertificateId);
        builder.HasIndex(r => r.CertificateId);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.DecisionNote).HasMaxLength(2000);
        builder.Property(r => r.InspectionReference).HasMaxLength(100);
        builder.Property(r => r.Inspections).HasColumnName("InspectionsJson").HasJsonConversion();
        builder.Property(r => r.Amendment).HasColumnName("AmendmentJson")
            .HasConversion(a => JsonSerializer.Serialize(a, Json), s => JsonSerializer.Deserialize<CertificateAmendment>(s, Json)!);
    }
}

internal sealed class SurveillanceConfiguration : IEntityTypeConfiguration<Surveillance>
{
    public void Configure(EntityTypeBuilder<Surveillance> builder)
    {
        builder.ToTable("certificate_surveillances");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Certificate>().WithMany().HasForeignKey(s => s.CertificateId);
        builder.HasIndex(s => s.CertificateId);
        // At most one open planned surveillance per certificate, also when two managers open one at the same moment
        // ("Unannounced" is 0/1 on SQLite and boolean on PostgreSQL: NOT works on both).
        builder.HasIndex(s => s.CertificateId, "IX_certificate_surveillances_one_open_planned").IsUnique()
            .HasFilter("\"Status\" <> 'Completed' AND NOT \"Unannounced\"");
        builder.Property(s => s.Trigger).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.InspectionReference).HasMaxLength(100);
        // The surveillance inspection (CEC 6.2, PCEC 8.1), stored as the initial inspection's parts are.
        builder.Property(s => s.PersonDays).HasPrecision(6, 2);
        builder.Property(s => s.Team).HasJsonConversion();
        builder.Property(s => s.Plan).HasJsonConversion();
        builder.Property(s => s.Checklist).HasJsonConversion();
        builder.Property(s => s.ConsistencyChecks).HasJsonConversion();
        builder.Property(s => s.ModelVersions).HasJsonConversion();
        builder.Property(s => s.VerifiedValue).HasJsonConversion();
        builder.Property(s => s.Report).HasJsonConversion();
        builder.Property(s => s.ProductChanges).HasJsonConversion();
        builder.Property(s => s.FootprintValue).HasPrecision(18, 6);
        builder.Property(s => s.PreviousFootprintValue).HasPrecision(18, 6);
        builder.Property(s => s.ReductionTarget).HasPrecision(9, 6);
        builder.Property(s => s.NextReductionTarget).HasPrecision(9, 6);
        builder.HasMany(s => s.Nonconformities).WithOne().HasForeignKey("SurveillanceId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Nonconformities).HasField("_nonconformities").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class SurveillanceNonconformityConfiguration : IEntityTypeConfiguration<SurveillanceNonconformity>
{
    public void Configure(EntityTypeBuilder<SurveillanceNonconformity> builder)
    {
        builder.ToTable("certificate_nonconformities");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Description).HasMaxLength(2000);
        builder.Property(n => n.ClauseId).HasMaxLength(40);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Submissions).HasJsonConversion();
    }
}

internal sealed class HolderRequestConfiguration : IEntityTypeConfiguration<HolderRequest>
{
    public void Configure(EntityTypeBuilder<HolderRequest> builder)
    {
        builder.ToTable("certificate_holder_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.HasOne<Certificate>().WithMany().HasForeignKey(r => r.CertificateId);
        builder.HasIndex(r => r.CertificateId);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(2000);
    }
}

internal sealed class FootprintReportConfiguration : IEntityTypeConfiguration<FootprintReport>
{
    public void Configure(EntityTypeBuilder<FootprintReport> builder)
    {
        builder.ToTable("certificate_footprint_reports");
        builder.HasKey(r => r.Id);
        builder.HasOne<Certificate>().WithMany().HasForeignKey(r => r.CertificateId);
        builder.HasIndex(r => new { r.CertificateId, r.Month });
        builder.Property(r => r.Value).HasPrecision(18, 6);
        builder.Property(r => r.Change).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class CertificateNoticeConfiguration : IEntityTypeConfiguration<CertificateNotice>
{
    public void Configure(EntityTypeBuilder<CertificateNotice> builder)
    {
        builder.ToTable("certificate_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Key).HasMaxLength(200);
        // The guard against duplicate scheduled effects: two instances cannot both insert the same key.
        builder.HasIndex(n => n.Key).IsUnique();
        builder.HasOne<Certificate>().WithMany().HasForeignKey(n => n.CertificateId);
        builder.HasIndex(n => n.CertificateId);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(n => n.MailedAt);
    }
}

internal sealed class CertificateNumberCounterConfiguration : IEntityTypeConfiguration<CertificateNumberCounter>
{
    public void Configure(EntityTypeBuilder<CertificateNumberCounter> builder)
    {
        builder.ToTable(CertificateNumberCounter.Table);
        builder.HasKey(c => new { c.SchemeId, c.Year });
        builder.Property(c => c.SchemeId).HasMaxLength(60).HasColumnName("scheme_id");
        builder.Property(c => c.Year).HasColumnName("year");
        builder.Property(c => c.LastSequence).HasColumnName("last_sequence");
    }
}
