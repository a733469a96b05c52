using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PcfCert.Infrastructure.Registry;

internal sealed class RegistryChangeConfiguration : IEntityTypeConfiguration<RegistryChange>
{
    public void Configure(EntityTypeBuilder<RegistryChange> b)
    {
        b.ToTable("registry_changes");
        b.HasKey(c => c.Seq);
        b.Property(c => c.Seq).ValueGeneratedOnAdd();
    }
}
