using CallCentre.Domain.Topics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCentre.Domain.Persistence.Configurations;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Property(t => t.Code).HasMaxLength(Topic.CodeMaxLength);
        builder.Property(t => t.NameMn).HasMaxLength(Topic.NameMaxLength);
        builder.Property(t => t.NameEn).HasMaxLength(Topic.NameMaxLength);
        builder.HasOne(t => t.Parent).WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.DefaultOrganisation).WithMany().HasForeignKey(t => t.DefaultOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
