using CallCentre.Domain.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCentre.Domain.Persistence.Configurations;

internal sealed class SlaPolicyConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    public void Configure(EntityTypeBuilder<SlaPolicy> builder)
    {
        builder.Property(p => p.RemindersText).HasMaxLength(SlaPolicy.ListMaxLength);
        builder.Property(p => p.EscalationsText).HasMaxLength(SlaPolicy.ListMaxLength);
        builder.Property(p => p.CreatedById).HasMaxLength(450);
        builder.Ignore(p => p.RemindWorkingDaysBefore);
        builder.Ignore(p => p.Escalations);
        builder.HasIndex(p => p.RetiredAtUtc);
    }
}
