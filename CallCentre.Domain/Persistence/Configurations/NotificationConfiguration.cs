using CallCentre.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCentre.Domain.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.RecipientId).HasMaxLength(450);
        builder.Property(n => n.CaseReference).HasMaxLength(Cases.Case.ReferenceMaxLength);
        builder.Property(n => n.EmailError).HasMaxLength(Notification.ErrorMaxLength);

        // The bell: a user's unread notifications, newest first. The mail job: what is still pending.
        builder.HasIndex(n => new { n.RecipientId, n.ReadAtUtc, n.Id });
        builder.HasIndex(n => new { n.EmailState, n.Id });
        builder.HasOne<Cases.Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Accounts.ApplicationUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Restrict);
    }
}
