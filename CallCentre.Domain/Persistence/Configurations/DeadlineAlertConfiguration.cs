using CallCentre.Domain.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCentre.Domain.Persistence.Configurations;

internal sealed class DeadlineAlertConfiguration : IEntityTypeConfiguration<DeadlineAlert>
{
    public void Configure(EntityTypeBuilder<DeadlineAlert> builder)
    {
        builder.Property(a => a.ClaimedBy).HasMaxLength(DeadlineAlert.ClaimedByMaxLength);

        // Exactly once: a second insert of the same case, kind, level and round fails, whoever tries it.
        builder.HasIndex(a => new { a.CaseId, a.Kind, a.Level, a.Round }).IsUnique();

        // The supervisor board: the cases escalated to a level.
        builder.HasIndex(a => new { a.Kind, a.Level, a.CaseId });
        builder.HasOne<Cases.Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
