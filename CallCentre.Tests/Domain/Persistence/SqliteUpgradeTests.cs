using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Persistence;

/// <summary>A database with cases in it is upgraded in place: the rows that were there must read back, and be stored, as the new model writes them.</summary>
public sealed class SqliteUpgradeTests
{
    [Fact]
    public async Task CasesRegisteredBeforeTheLifecycleMigration_ReadBackAfterIt()
    {
        await using var database = await SeededDatabase.CreateAsync();
        var @operator = await database.AddActorAsync(Roles.Operator);
        var registered = await database.RegisterAsync(@operator, new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero)));

        await using (var db = database.CreateDbContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var lifecycle = migrations.FindIndex(m => m.EndsWith("_CaseLifecycle", StringComparison.Ordinal));
            Assert.True(lifecycle > 0);

            // Back to the schema the case would have been written under, then forward again as an upgrade does.
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[lifecycle - 1]);
            Assert.Contains(migrations[lifecycle], await db.Database.GetPendingMigrationsAsync());
            await db.Database.MigrateAsync();
        }

        await using var after = database.CreateDbContext();
        var @case = await after.Cases.AsNoTracking().SingleAsync(c => c.Id == registered.CaseId);
        Assert.Equal(ExtensionState.None, @case.ExtensionState);

        // EF reads an unknown string as the enum's default, so only the stored text shows whether SQL filters and
        // reports (WHERE ExtensionState = 'None') see the upgraded rows.
        var stored = await after.Database.SqlQuery<string>($"SELECT ExtensionState AS Value FROM Cases WHERE Id = {registered.CaseId}").SingleAsync();
        Assert.Equal(nameof(ExtensionState.None), stored);
        Assert.Equal(0, @case.ReopenCount);
        Assert.Equal(CaseStatus.Assigned, @case.Status);
    }
}
