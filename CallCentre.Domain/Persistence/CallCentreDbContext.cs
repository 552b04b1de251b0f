using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
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

    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<ResponseTemplate> ResponseTemplates => Set<ResponseTemplate>();

    /// <summary>Cookie and antiforgery keys, so that sign-ins survive a restart and several nodes share them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }
}
