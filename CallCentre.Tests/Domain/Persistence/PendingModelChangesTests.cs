using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Domain.Persistence;

/// <summary>A model change without a migration for both providers would break the provider that was forgotten.</summary>
public sealed class PendingModelChangesTests
{
    [Fact]
    public void SqliteModel_HasNoChangesMissingFromItsMigrations()
    {
        using var db = ProviderContexts.Sqlite("Data Source=:memory:");

        Assert.False(db.Database.HasPendingModelChanges(), "The SQLite model differs from its migrations: run tools/add-migration.sh <Name>.");
    }

    [Fact]
    public void SqlServerModel_HasNoChangesMissingFromItsMigrations()
    {
        using var db = ProviderContexts.SqlServer();

        Assert.False(db.Database.HasPendingModelChanges(), "The SQL Server model differs from its migrations: run tools/add-migration.sh <Name>.");
    }

    [Fact]
    public void BothProviders_HaveTheSameMigrationNames()
    {
        using var sqlite = ProviderContexts.Sqlite("Data Source=:memory:");
        using var sqlServer = ProviderContexts.SqlServer();

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_') + 1)..]);

        Assert.NotEmpty(Names(sqlite));
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }
}
