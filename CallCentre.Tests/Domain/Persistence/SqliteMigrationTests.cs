using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CallCentre.Tests.Domain.Persistence;

/// <summary>The app migrates its SQLite file at every start, so migrating must build an empty file and then change nothing.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "callcentre-tests", $"migrate-{Guid.NewGuid():N}.db");

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString();

    [Fact]
    public async Task Migrate_OnAnEmptyFile_AppliesEveryMigration()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await using var db = ProviderContexts.Sqlite(ConnectionString);

        await db.Database.MigrateAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Organisations.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Migrate_ASecondTime_ChangesNothing()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var firstCommands = new CommandRecorder();
        await using (var first = ProviderContexts.Sqlite(ConnectionString, firstCommands))
        {
            await first.Database.MigrateAsync();
        }

        // The recorder sees what a migration does; otherwise an empty list below would prove nothing.
        Assert.Contains(firstCommands.Texts, IsSchemaOrHistoryChange);

        var commands = new CommandRecorder();
        await using var second = ProviderContexts.Sqlite(ConnectionString, commands);
        await second.Database.MigrateAsync();

        var changes = commands.Texts.Where(IsSchemaOrHistoryChange).ToList();
        Assert.True(changes.Count == 0, "The second migration run changed the database:\n" + string.Join("\n---\n", changes));
        Assert.Equal(second.Database.GetMigrations(), await second.Database.GetAppliedMigrationsAsync());
    }

    public void Dispose()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static bool IsSchemaOrHistoryChange(string sql)
    {
        var text = sql.TrimStart().ToUpperInvariant();
        return text.StartsWith("CREATE TABLE \"", StringComparison.Ordinal)
            || text.StartsWith("ALTER", StringComparison.Ordinal)
            || text.StartsWith("DROP", StringComparison.Ordinal)
            || text.StartsWith("CREATE INDEX", StringComparison.Ordinal)
            || text.StartsWith("CREATE UNIQUE INDEX", StringComparison.Ordinal)
            || text.Contains("INSERT INTO \"__EFMIGRATIONSHISTORY\"", StringComparison.Ordinal);
    }

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<string> Texts { get; } = [];

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Texts.Add(command.CommandText);
            return base.NonQueryExecuting(command, eventData, result);
        }
    }
}
