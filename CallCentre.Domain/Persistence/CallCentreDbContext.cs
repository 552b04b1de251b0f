using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Notifications;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.ReferenceData;
using CallCentre.Domain.Regions;
using CallCentre.Domain.Routing;
using CallCentre.Domain.Topics;
using CallCentre.Domain.Workflow;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Persistence;

/// <summary>The one model of CallCentre; each database provider derives its own context with its own migrations.</summary>
public abstract class CallCentreDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    protected CallCentreDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<RecurringHoliday> RecurringHolidays => Set<RecurringHoliday>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<SeededItem> SeededItems => Set<SeededItem>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();

    public DbSet<Ratings.CaseRating> CaseRatings => Set<Ratings.CaseRating>();

    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<ResponseTemplate> ResponseTemplates => Set<ResponseTemplate>();

    /// <summary>The append-only audit chain; written only by <see cref="AuditInterceptor"/> as part of a save.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();

    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>The reminders and escalations sent, one row per case, kind, level and deadline round.</summary>
    public DbSet<DeadlineAlert> DeadlineAlerts => Set<DeadlineAlert>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<DailyDigestClaim> DailyDigestClaims => Set<DailyDigestClaim>();

    public DbSet<Reports.ReportRequest> ReportRequests => Set<Reports.ReportRequest>();

    /// <summary>Records that are not entity changes (a sign-in, a refusal, a view), appended by the next save.</summary>
    internal List<AuditRecord> PendingAudit { get; } = [];

    /// <summary>Cookie and antiforgery keys, so that sign-ins survive a restart and several nodes share them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Queues an event that is not an entity change; the next save appends it to the audit chain.</summary>
    public void Audit(AuditRecord record) => PendingAudit.Add(record);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return base.SaveChanges(acceptAllChangesOnSuccess);
            }
            catch (DbUpdateException) when (attempt < AuditAppendAttempts)
            {
                // Another save took the sequence numbers this one chained; the interceptor chains again on the new head.
                if (!LostAuditRace(AuditEntries.AsNoTracking().Max(e => (long?)e.Sequence)))
                {
                    throw;
                }
            }
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < AuditAppendAttempts)
            {
                // A user's change is never lost to the audit: when another save took the sequence numbers this one
                // chained, the interceptor chains again on the new head and the whole save is retried.
                if (!LostAuditRace(await AuditEntries.AsNoTracking().MaxAsync(e => (long?)e.Sequence, cancellationToken)))
                {
                    throw;
                }

                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(AuditInterceptor.Instance);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CallCentreDbContext).Assembly);

        // Restrictive deletes everywhere: SQL Server refuses multiple cascade paths, and nothing here is deleted in bulk.
        foreach (var foreignKey in builder.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()))
        {
            if (!foreignKey.IsOwnership && foreignKey.DeleteBehavior == DeleteBehavior.Cascade
                && !foreignKey.DeclaringEntityType.ClrType.Namespace!.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal))
            {
                foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
            }
        }
    }

    private const int AuditAppendAttempts = 50;

    private bool LostAuditRace(long? storedHead)
    {
        var pending = ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => (long?)e.Entity.Sequence).Min();
        return pending is not null && storedHead >= pending;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
