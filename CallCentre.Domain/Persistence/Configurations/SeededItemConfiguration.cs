using CallCentre.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCentre.Domain.Persistence.Configurations;

internal sealed class SeededItemConfiguration : IEntityTypeConfiguration<SeededItem>
{
    public void Configure(EntityTypeBuilder<SeededItem> builder)
    {
        builder.Property(s => s.Kind).HasMaxLength(32);
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.HasIndex(s => new { s.Kind, s.Key }).IsUnique();
    }
}
