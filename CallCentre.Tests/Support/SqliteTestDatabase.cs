using CallCentre.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Support;

/// <summary>A real SQLite database file with the real migrations applied, deleted when the test ends.</summary>
public sealed class SqliteTestDatabase : IAsyncDisposable, IDbContextFactory<CallCentreDbContext>
{
    private SqliteTestDatabase(string path)
    {
        Path = path;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public static async Task<SqliteTestDatabase> CreateAsync()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "callcentre-tests");
        Directory.CreateDirectory(folder);
        var database = new SqliteTestDatabase(System.IO.Path.Combine(folder, $"{Guid.NewGuid():N}.db"));
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public CallCentreDbContext CreateDbContext()
    {
        var builder = new DbContextOptionsBuilder<SqliteCallCentreDbContext>();
        builder.UseCallCentreSqlite(ConnectionString);
        return new SqliteCallCentreDbContext(builder.Options);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}
