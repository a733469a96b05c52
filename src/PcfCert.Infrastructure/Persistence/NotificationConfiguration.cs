using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PcfCert.Infrastructure.Notifications;

namespace PcfCert.Infrastructure.Persistence;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasKey(n => n.Id);
        b.Property(n => n.Key).HasMaxLength(300);
        b.HasIndex(n => n.Key).IsUnique();
        b.Property(n => n.UserId).HasMaxLength(450);
        b.HasIndex(n => new { n.UserId, n.ReadAt });
        b.HasIndex(n => n.MailedAt);
        b.Property(n => n.TextKey).HasMaxLength(100);
        b.Property(n => n.Reference).HasMaxLength(60);
        b.Property(n => n.Party).HasMaxLength(300);
        b.Property(n => n.Detail).HasMaxLength(200);
        b.Property(n => n.Link).HasMaxLength(400);
    }
}
