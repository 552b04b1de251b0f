using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CallCentre.Domain.Persistence;

/// <summary>
/// The one set-up every SQLite connection of the app, the tests and the bench gets when it opens: write-ahead log (readers
/// never wait for the writer), <c>synchronous=NORMAL</c> (in WAL a commit survives a process crash; only a power cut may
/// lose the last commits, never corrupt the file), a busy timeout so that two writers, or two nodes on one file, queue
/// instead of failing, and foreign keys enforced. <see cref="DbContextOptionsBuilderExtensions.UseCallCentreSqlite"/> adds it to every EF Core context;
/// code that opens a bare <see cref="SqliteConnection"/> calls <see cref="OpenAsync"/>.
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    /// <summary>How long a connection waits for another writer before SQLite answers "database is locked".</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    public const string Pragmas =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";

    /// <summary>
    /// Statistics for the planner, cheap enough for every start: analyses the tables whose statistics are missing or stale
    /// (0x10000: also tables never analysed), each with a row limit. Run again after large changes (a bulk load).
    /// </summary>
    public const string Optimize = "PRAGMA optimize = 0x10002;";

    public static SqliteConnectionSetup Instance { get; } = new();

    private SqliteConnectionSetup()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        ApplyAsync(connection, cancellationToken);

    /// <summary>Opens a bare connection with the set-up applied.</summary>
    public static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ApplyAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task OptimizeAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Optimize;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
