using CallCentre.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCentre.Domain.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // The sequence is the key: unique by construction, and verification walks the table in key order.
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.ActorId).HasMaxLength(AuditEntry.ActorIdMaxLength);
        builder.Property(e => e.ActorName).HasMaxLength(AuditEntry.ActorNameMaxLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        builder.Property(e => e.SubjectType).HasMaxLength(AuditEntry.SubjectTypeMaxLength);
        builder.Property(e => e.SubjectId).HasMaxLength(AuditEntry.SubjectIdMaxLength);
        builder.Property(e => e.ClientAddress).HasMaxLength(AuditEntry.ClientAddressMaxLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(e => e.Hash).HasMaxLength(64).IsUnicode(false);

        // The browsing filters: a period, an actor, an action, a subject.
        builder.HasIndex(e => e.AtUtc);
        builder.HasIndex(e => new { e.ActorId, e.Sequence });
        builder.HasIndex(e => new { e.Action, e.Sequence });
        builder.HasIndex(e => new { e.SubjectId, e.Sequence });
    }
}

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.Property(c => c.HeadHash).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(c => c.CheckedAtUtc);
    }
}
