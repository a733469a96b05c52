using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PcfCert.Infrastructure.Identity;

public sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> b)
    {
        b.ToTable("sign_in_failures");
        b.Property(f => f.Account).HasMaxLength(256);
        b.Property(f => f.Address).HasMaxLength(64);
        b.Property(f => f.Device).HasMaxLength(64);
        b.HasIndex(f => new { f.Account, f.AtUnixMs });
        b.HasIndex(f => new { f.Address, f.AtUnixMs });
        b.HasIndex(f => f.AtUnixMs);
    }
}

public sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> b)
    {
        b.ToTable("signing_keys");
        b.HasKey(k => k.Kid);
        b.Property(k => k.Kid).HasMaxLength(64);
    }
}
