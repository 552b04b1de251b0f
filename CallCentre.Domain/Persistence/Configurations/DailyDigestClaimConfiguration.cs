using CallCentre.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCentre.Domain.Persistence.Configurations;

internal sealed class DailyDigestClaimConfiguration : IEntityTypeConfiguration<DailyDigestClaim>
{
    public void Configure(EntityTypeBuilder<DailyDigestClaim> builder)
    {
        // The key is the claim: a second insert for the same user and day fails, whoever tries it.
        builder.HasKey(c => new { c.UserId, c.Day });
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.HasOne<Accounts.ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
