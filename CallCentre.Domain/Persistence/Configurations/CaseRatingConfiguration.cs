using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Ratings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCentre.Domain.Persistence.Configurations;

internal sealed class CaseRatingConfiguration : IEntityTypeConfiguration<CaseRating>
{
    public void Configure(EntityTypeBuilder<CaseRating> builder)
    {
        builder.Property(r => r.Comment).HasMaxLength(RatingRules.CommentMaxLength);
        builder.Property(r => r.RecordedById).HasMaxLength(450);
        builder.Property(r => r.RecordedByName).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseEvent>().WithMany().HasForeignKey(r => r.ResponseEventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.RecordedById).OnDelete(DeleteBehavior.Restrict);

        // One rating per response: a second attempt, even a concurrent one, cannot be saved.
        builder.HasIndex(r => r.ResponseEventId).IsUnique();
        builder.HasIndex(r => r.CaseId);

        // The satisfaction reports read ratings by the period they were recorded in, per organisation.
        builder.HasIndex(r => new { r.RatedAtUtc, r.OrganisationId });
    }
}
