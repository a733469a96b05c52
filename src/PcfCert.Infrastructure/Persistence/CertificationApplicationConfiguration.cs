using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PcfCert.Certification.Organisations;
using PcfCert.Certification.Personnel;
using PcfCert.Certification.Workflow;

namespace PcfCert.Infrastructure.Persistence;

internal sealed class CertificationApplicationConfiguration : IEntityTypeConfiguration<CertificationApplication>
{
    public void Configure(EntityTypeBuilder<CertificationApplication> b)
    {
        b.ToTable("certification_applications");
        b.HasKey(a => a.Id);
        b.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(a => a.Number).HasMaxLength(40);
        b.HasIndex(a => a.Number).IsUnique();
        b.Property(a => a.SchemeId).HasMaxLength(80);
        b.HasIndex(a => a.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(40);
        b.HasIndex(a => a.Status);
        b.Property(a => a.Trademark).HasMaxLength(200);
        b.Property(a => a.RejectionReason).HasMaxLength(2000);
        b.Property(a => a.ItemsToSupplyOnSite).HasMaxLength(4000);
        b.Property(a => a.DocumentReview).HasConversion<string>().HasMaxLength(40);
        b.Property(a => a.PersonDays).HasPrecision(6, 2);
        b.Property(a => a.Applicant).HasJsonConversion();
        b.Property(a => a.Manufacturer).HasJsonConversion();
        b.Property(a => a.Factory).HasJsonConversion();
        b.Property(a => a.Units).HasJsonConversion();
        b.Property(a => a.Documents).HasJsonConversion();
        b.Property(a => a.Transitions).HasJsonConversion();
        b.Property(a => a.SupplementRequests).HasJsonConversion();
        b.Property(a => a.Pauses).HasJsonConversion();
        b.Property(a => a.Team).HasJsonConversion();
        b.Property(a => a.Plan).HasJsonConversion();
        b.Property(a => a.Checklist).HasJsonConversion();
        b.Property(a => a.ConsistencyChecks).HasJsonConversion();
        b.Property(a => a.Nonconformities).HasJsonConversion();
        b.Property(a => a.InspectionConclusion).HasJsonConversion();
        b.Property(a => a.ModelVersions).HasJsonConversion();
        b.Property(a => a.VerificationItems).HasJsonConversion();
        b.Property(a => a.Findings).HasJsonConversion();
        b.Property(a => a.VerifiedValue).HasJsonConversion();
        b.Property(a => a.Review).HasJsonConversion();
        b.Property(a => a.Decision).HasJsonConversion();
        b.Property(a => a.FailureNotice).HasJsonConversion();
        b.Property(a => a.FactoryProfile).HasJsonConversion();
        b.Property(a => a.ProductChanges).HasJsonConversion();
        b.Ignore(a => a.Purpose);
        b.Property(a => a.Declarations).HasJsonConversion();
        b.Property(a => a.AcceptanceReview).HasJsonConversion();
        b.Property(a => a.EvaluationReport).HasJsonConversion();
    }
}

internal sealed class RegisteredPersonConfiguration : IEntityTypeConfiguration<RegisteredPerson>
{
    public void Configure(EntityTypeBuilder<RegisteredPerson> b)
    {
        b.ToTable("personnel_register");
        b.HasKey(p => p.Id);
        b.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        b.Property(p => p.Name).HasMaxLength(100);
        b.Property(p => p.UserId).HasMaxLength(450);
        b.HasIndex(p => p.UserId);
        b.Property(p => p.PersonnelTypes).HasJsonConversion();
        b.Property(p => p.Qualifications).HasJsonConversion();
        b.Property(p => p.ProductAreas).HasJsonConversion();
        b.Property(p => p.ConflictsOfInterest).HasJsonConversion();
        b.Property(p => p.ProjectHistory).HasJsonConversion();
        b.Property(p => p.Evaluations).HasJsonConversion();
    }
}
