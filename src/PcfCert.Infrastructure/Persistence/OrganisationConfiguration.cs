using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PcfCert.Certification.Organisations;

namespace PcfCert.Infrastructure.Persistence;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Ignore(o => o.Profile);
        builder.Property(o => o.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.CreditCode).HasMaxLength(18)
            .HasConversion(c => c.Value, s => ParseStored(s));
        builder.HasIndex(o => o.CreditCode).IsUnique();
        builder.Property(o => o.RegisteredAddress).HasMaxLength(400);
        builder.Property(o => o.PostalCode).HasMaxLength(6);
        builder.Property(o => o.ContactPerson).HasMaxLength(100);
        builder.Property(o => o.Phone).HasMaxLength(100);
        builder.Property(o => o.Email).HasMaxLength(200);
        builder.Property(o => o.MailingAddress).HasMaxLength(400);
        builder.Property(o => o.Nature).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Industry).HasMaxLength(200);
    }

    // Stored codes were validated on the way in; one that no longer parses is a bug, not user input.
    private static UnifiedSocialCreditCode ParseStored(string stored) =>
        UnifiedSocialCreditCode.TryParse(stored, out var code, out var error)
            ? code!
            : throw new InvalidOperationException($"Stored credit code '{stored}' is invalid: {error}.");
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Model).HasMaxLength(200);
        builder.Property(p => p.Trademark).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId);
        builder.HasIndex(p => p.OrganisationId);
    }
}
