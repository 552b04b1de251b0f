using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CallCentre.SampleData;

/// <summary>
/// Writes generated cases into SQLite fast enough for millions: prepared parameterised INSERTs of the cases, their
/// timeline events and their search words (<see cref="SqliteRowWriter"/>), many rows to a statement and thousands of
/// cases to a transaction, values read back from the domain objects. Case ids are given in registration order after
/// the highest id already there, as the app gives them. Nobody else may write to the database meanwhile.
/// </summary>
public sealed class SqliteBulkCaseSink : ICaseSink
{
    private const int CasesPerFlush = 200;

    private static readonly Type[] CaseTables = [typeof(Case), typeof(CaseEvent), typeof(CaseWord)];

    private readonly SqliteConnection _connection;
    private readonly SqliteRowWriter _cases;
    private readonly SqliteRowWriter _events;
    private readonly SqliteRowWriter _words;
    private readonly IReadOnlyList<string> _droppedIndexes;
    private int _nextId;

    private SqliteBulkCaseSink(SqliteConnection connection, IModel model, int nextId, IReadOnlyList<string> droppedIndexes)
    {
        _connection = connection;
        _cases = new SqliteRowWriter(connection, model.FindEntityType(typeof(Case))!);
        _events = new SqliteRowWriter(connection, model.FindEntityType(typeof(CaseEvent))!);
        _words = new SqliteRowWriter(connection, model.FindEntityType(typeof(CaseWord))!);
        _nextId = nextId;
        _droppedIndexes = droppedIndexes;
    }

    public int BatchSize => 10_000;

    /// <summary>
    /// Opens the SQLite database <paramref name="db"/> is configured for, with the model that says how rows look. With
    /// <paramref name="rebuildIndexes"/> (for filling a database with many cases) the case tables' secondary indexes are
    /// dropped while the rows go in and built again, from their own definitions, by <see cref="CompleteAsync"/>:
    /// building an index once from sorted rows is much quicker than keeping it up to date row by row.
    /// </summary>
    public static async Task<SqliteBulkCaseSink> OpenAsync(CallCentreDbContext db, bool rebuildIndexes = false, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            throw new InvalidOperationException("The bulk writer writes SQLite only; use EfCaseSink for other databases.");
        }

        var connection = new SqliteConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);

        // Bulk loading: no fsync, the rollback journal in memory rather than every changed page written twice, and a
        // page cache large enough for the indexes being filled. These last as long as this connection.
        await ExecuteAsync(connection, "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY; PRAGMA cache_size = -262144;", cancellationToken);

        var dropped = new List<string>();
        if (rebuildIndexes)
        {
            var tables = string.Join(", ", CaseTables.Select(t => $"'{db.Model.FindEntityType(t)!.GetTableName()}'"));
            await using var indexes = connection.CreateCommand();
            indexes.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({tables})";
            var found = new List<(string Name, string Sql)>();
            await using (var reader = await indexes.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    found.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            foreach (var (name, sql) in found)
            {
                await ExecuteAsync(connection, $"DROP INDEX \"{name}\"", cancellationToken);
                dropped.Add(sql);
            }
        }

        await using var maxId = connection.CreateCommand();
        maxId.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{db.Model.FindEntityType(typeof(Case))!.GetTableName()}\"";
        var highest = Convert.ToInt32(await maxId.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return new SqliteBulkCaseSink(connection, db.Model, highest + 1, dropped);
    }

    public Task WriteAsync(IReadOnlyList<Case> cases, CancellationToken cancellationToken)
    {
        using var transaction = _connection.BeginTransaction();
        _cases.Begin(transaction);
        _events.Begin(transaction);
        _words.Begin(transaction);
        for (var i = 0; i < cases.Count; i++)
        {
            // A case's row goes in before its events and words, which refer to it.
            if (i % CasesPerFlush == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Flush();
            }

            var @case = cases[i];
            var id = _nextId++;
            _cases.Add(@case, id);
            foreach (var @event in @case.Events)
            {
                _events.Add(@event, id);
            }

            foreach (var word in @case.SearchWords)
            {
                _words.Add(word, id);
            }
        }

        Flush();
        transaction.Commit();
        return Task.CompletedTask;
    }

    private void Flush()
    {
        _cases.Flush();
        _events.Flush();
        _words.Flush();
    }

    public async Task CompleteAsync(IReadOnlyDictionary<int, int> lastSequences, CancellationToken cancellationToken)
    {
        foreach (var sql in _droppedIndexes)
        {
            await ExecuteAsync(_connection, sql, cancellationToken);
        }

        await using var upsert = _connection.CreateCommand();
        upsert.CommandText =
            "INSERT INTO \"ReferenceCounters\" (\"Year\", \"LastSequence\") VALUES (@year, @last) " +
            "ON CONFLICT (\"Year\") DO UPDATE SET \"LastSequence\" = MAX(\"LastSequence\", excluded.\"LastSequence\")";
        var year = upsert.Parameters.Add(new SqliteParameter("@year", 0));
        var last = upsert.Parameters.Add(new SqliteParameter("@last", 0));
        foreach (var (y, sequence) in lastSequences)
        {
            year.Value = y;
            last.Value = sequence;
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _cases.Dispose();
        _events.Dispose();
        _words.Dispose();
        await _connection.DisposeAsync();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
