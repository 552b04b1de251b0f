using CallCentre.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCentre.Domain.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.Code).HasMaxLength(Organisation.CodeMaxLength);
        builder.Property(o => o.NameMn).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(o => o.NameEn).HasMaxLength(Organisation.NameMaxLength);
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Region).WithMany().HasForeignKey(o => o.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
