using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PcfCert.Certification.Organisations;

namespace PcfCert.Infrastructure.ApiClients;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.ToTable("api_clients");
        b.HasKey(c => c.Id);
        b.Property(c => c.ClientId).HasMaxLength(64);
        b.HasIndex(c => c.ClientId).IsUnique();
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Scopes).HasMaxLength(200);
        b.Property(c => c.SecretHash).HasMaxLength(64);
        b.Property(c => c.CallbackUrl).HasMaxLength(500);
        b.Property(c => c.CreatedBy).HasMaxLength(450);
        b.Property(c => c.RevokedBy).HasMaxLength(450);
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId);
        b.HasIndex(c => c.OrganisationId);
    }
}

internal sealed class ApiAccessTokenConfiguration : IEntityTypeConfiguration<ApiAccessToken>
{
    public void Configure(EntityTypeBuilder<ApiAccessToken> b)
    {
        b.ToTable("api_access_tokens");
        b.HasKey(t => t.Id);
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.Property(t => t.Scopes).HasMaxLength(200);
        b.HasOne<ApiClient>().WithMany().HasForeignKey(t => t.ApiClientId);
        b.HasIndex(t => t.ExpiresAt);
    }
}
