using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Routing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CallCentre.Domain.Audit;

/// <summary>
/// Turns what a DbContext is about to save into audit records, so that a new case action, rule or account change
/// is audited without code of its own: every new <see cref="CaseEvent"/>, every added or changed case (field by
/// field, before and after), attachments, routing rules, user accounts and their roles.
/// </summary>
internal static class AuditedChanges
{
    // Bookkeeping columns that change on every save and say nothing to an auditor.
    private static readonly HashSet<string> _caseSkipped = [nameof(Case.ConcurrencyStamp)];

    private static readonly HashSet<string> _userSkipped =
    [
        nameof(ApplicationUser.ConcurrencyStamp), nameof(ApplicationUser.SecurityStamp), nameof(ApplicationUser.AccessFailedCount),
        nameof(ApplicationUser.NormalizedEmail), nameof(ApplicationUser.NormalizedUserName),
    ];

    public static List<AuditRecord> Collect(DbContext db, AuditScope? scope, DateTime nowUtc)
    {
        var entries = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        // Every tracked case, changed or not: a new timeline event may belong to a case whose columns did not change.
        var cases = db.ChangeTracker.Entries<Case>().Select(e => e.Entity).ToList();
        var records = new List<AuditRecord>();
        AuditRecord Record(string action, string subjectType, string? subjectId, string? before, string? after, string? actorId = null, string? actorName = null, DateTime? at = null) =>
            new(at ?? nowUtc, actorId ?? scope?.ActorId, actorName ?? scope?.ActorName, action, subjectType, subjectId, before, after, AuditOutcome.Succeeded, scope?.ClientAddress);

        foreach (var entry in entries.Where(e => e.Entity is Case))
        {
            var @case = (Case)entry.Entity;
            var actor = @case.Events.Select(e => db.Entry(e)).FirstOrDefault(e => e.State == EntityState.Added)?.Entity;
            var (before, after) = Values(entry, _caseSkipped);
            if (entry.State == EntityState.Added)
            {
                records.Add(Record("Case.Created", "Case", @case.Reference, null, after, actor?.ActorId, actor?.ActorName));
            }
            else if (entry.State == EntityState.Modified && after is not null)
            {
                records.Add(Record("Case.Changed", "Case", @case.Reference, before, after, actor?.ActorId, actor?.ActorName));
            }
        }

        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case CaseEvent e when entry.State == EntityState.Added:
                    var after = AuditJson.Write(
                    [
                        new("From", e.FromStatus), new("To", e.ToStatus), new("Text", e.Text), new("IsPublic", e.IsPublic), new("OrganisationId", e.OrganisationId),
                    ]);
                    records.Add(Record($"Case.{e.Kind}", "Case", ReferenceOf(cases, e), null, after, e.ActorId, e.ActorName, e.AtUtc));
                    break;
                case Attachment a when entry.State == EntityState.Added:
                    records.Add(Record("Attachment.Stored", "Case", cases.FirstOrDefault(c => c.Id == a.CaseId)?.Reference ?? $"#{a.CaseId}", null, Values(entry, []).After));
                    break;
                case RoutingRule:
                    AddGeneric(records, entry, "RoutingRule", [], Record);
                    break;
                case ApplicationUser user:
                    AddGeneric(records, entry, "User", _userSkipped, Record, user.Id);
                    break;
                case IdentityUserRole<string> role when entry.State is EntityState.Added or EntityState.Deleted:
                    var roleName = db.ChangeTracker.Entries<IdentityRole>().FirstOrDefault(r => r.Entity.Id == role.RoleId)?.Entity.Name ?? role.RoleId;
                    var values = AuditJson.Write([new("Role", roleName)]);
                    records.Add(entry.State == EntityState.Added
                        ? Record("User.RoleAdded", "User", role.UserId, null, values)
                        : Record("User.RoleRemoved", "User", role.UserId, values, null));
                    break;
            }
        }

        return records;
    }

    private static void AddGeneric(
        List<AuditRecord> records, EntityEntry entry, string type, HashSet<string> skipped,
        Func<string, string, string?, string?, string?, string?, string?, DateTime?, AuditRecord> record, string? id = null)
    {
        var key = id ?? string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name))
            .Where(p => !p.IsTemporary).Select(p => Convert.ToString(p.CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
        var (before, after) = Values(entry, skipped);
        switch (entry.State)
        {
            case EntityState.Added:
                records.Add(record($"{type}.Created", type, key.Length == 0 ? null : key, null, after, null, null, null));
                break;
            case EntityState.Modified when after is not null:
                records.Add(record($"{type}.Changed", type, key, before, after, null, null, null));
                break;
            case EntityState.Deleted:
                records.Add(record($"{type}.Deleted", type, key, before, null, null, null, null));
                break;
        }
    }

    private static string? ReferenceOf(List<Case> cases, CaseEvent e) =>
        cases.FirstOrDefault(c => c.Events.Contains(e))?.Reference ?? $"#{e.CaseId}";

    /// <summary>
    /// Before and after of an entry (and of its owned parts, prefixed with their name): for an added entry every
    /// value after; for a deleted one every value before; for a changed one only the columns that changed.
    /// </summary>
    private static (string? Before, string? After) Values(EntityEntry entry, HashSet<string> skipped)
    {
        var before = new List<KeyValuePair<string, object?>>();
        var after = new List<KeyValuePair<string, object?>>();
        Collect(entry, "", entry.State, skipped, before, after);
        foreach (var owned in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned()))
        {
            if (owned.TargetEntry is not { } target)
            {
                continue;
            }

            // A replaced owned value (records are replaced, not edited) shows as the new part added and the old deleted.
            var old = entry.Context.ChangeTracker.Entries()
                .FirstOrDefault(e => e.State == EntityState.Deleted && e.Metadata == target.Metadata && !ReferenceEquals(e.Entity, target.Entity)
                    && target.Metadata.FindPrimaryKey()!.Properties.All(p => Equals(e.Property(p.Name).CurrentValue, target.Property(p.Name).CurrentValue)));
            var prefix = owned.Metadata.Name + ".";
            if (entry.State == EntityState.Modified && target.State == EntityState.Added && old is not null)
            {
                foreach (var property in target.Properties.Where(p => !p.Metadata.IsKey()))
                {
                    var was = old.Property(property.Metadata.Name).CurrentValue;
                    if (!Equals(was, property.CurrentValue))
                    {
                        before.Add(new(prefix + property.Metadata.Name, was));
                        after.Add(new(prefix + property.Metadata.Name, property.CurrentValue));
                    }
                }
            }
            else
            {
                Collect(target, prefix, entry.State == EntityState.Modified ? target.State : entry.State, skipped, before, after);
            }
        }

        return (AuditJson.Write(before), AuditJson.Write(after));
    }

    private static void Collect(EntityEntry entry, string prefix, EntityState state, HashSet<string> skipped, List<KeyValuePair<string, object?>> before, List<KeyValuePair<string, object?>> after)
    {
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (skipped.Contains(name) || property.IsTemporary || (prefix.Length > 0 && property.Metadata.IsKey()))
            {
                continue;
            }

            var secret = name == nameof(ApplicationUser.PasswordHash);
            switch (state)
            {
                case EntityState.Added:
                    after.Add(new(prefix + name, secret ? Secret(property.CurrentValue) : property.CurrentValue));
                    break;
                case EntityState.Deleted:
                    before.Add(new(prefix + name, secret ? Secret(property.OriginalValue) : property.OriginalValue));
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    before.Add(new(prefix + name, secret ? Secret(property.OriginalValue) : property.OriginalValue));
                    after.Add(new(prefix + name, secret ? "(changed)" : property.CurrentValue));
                    break;
            }
        }
    }

    // The audit says that a password was set or changed, never the password or its hash.
    private static string? Secret(object? value) => value is null ? null : "(set)";
}
