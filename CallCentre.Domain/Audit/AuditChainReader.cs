using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CallCentre.Domain.Audit;

/// <summary>
/// Reads the chain in sequence order into <see cref="AuditChainBatch"/>es, the columns in the order the hash covers
/// them. On SQLite the stored UTF-8 bytes are hashed as they are (<see cref="SqliteAuditChainReader"/>); on any other
/// provider one plain data reader runs the same SQL and each text is encoded from the string it reads.
/// </summary>
internal abstract class AuditChainReader : IAsyncDisposable
{
    private const string Select =
        "SELECT Sequence, PreviousHash, AtUtc, ActorId, ActorName, Action, SubjectType, SubjectId, Before, After, Outcome, ClientAddress, Hash " +
        "FROM AuditEntries";

    /// <summary>The name of the one parameter of <see cref="QueryUpTo"/> and <see cref="QueryAfter"/>.</summary>
    protected const string Bound = "@bound";

    /// <summary>The hashed fields in the canonical order, then the stored hash; portable SQL.</summary>
    private const string QueryAll = Select + " ORDER BY Sequence";

    private const string QueryUpTo = Select + " WHERE Sequence <= " + Bound + " ORDER BY Sequence";

    private const string QueryAfter = Select + " WHERE Sequence > " + Bound + " ORDER BY Sequence";

    /// <param name="range">Which entries: all, those up to a sequence, or those after it.</param>
    /// <param name="portable">Use the provider's data reader even on SQLite (for tests of that path).</param>
    public static async Task<AuditChainReader> OpenAsync(DbConnection connection, AuditChainRange range, bool portable, CancellationToken cancellationToken)
    {
        var (query, bound) = range switch
        {
            { UpTo: { } upTo } => (QueryUpTo, upTo),
            { After: { } after } => (QueryAfter, after),
            _ => (QueryAll, (long?)null),
        };
        if (!portable && connection is SqliteConnection sqlite && SqliteAuditChainReader.TryOpen(sqlite, query, bound) is { } reader)
        {
            return reader;
        }

        var command = connection.CreateCommand();
        command.CommandText = query;
        command.CommandTimeout = 0;
        if (bound is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = Bound;
            parameter.DbType = DbType.Int64;
            parameter.Value = bound.Value;
            command.Parameters.Add(parameter);
        }

        try
        {
            return new DataReaderChainReader(command, await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken));
        }
        catch
        {
            await command.DisposeAsync();
            throw;
        }
    }

    /// <summary>Clears the batch and fills it with the next entries; fewer than its capacity only at the end of the chain.</summary>
    public abstract ValueTask FillAsync(AuditChainBatch batch, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    private sealed class DataReaderChainReader(DbCommand command, DbDataReader reader) : AuditChainReader
    {
        public override async ValueTask FillAsync(AuditChainBatch batch, CancellationToken cancellationToken)
        {
            batch.Clear();
            while (!batch.IsFull && await reader.ReadAsync(cancellationToken))
            {
                // In column order: sequential access reads each column once, forwards.
                batch.Begin(reader.GetInt64(0), reader.GetString(1));
                batch.Add(DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc));
                for (var ordinal = 3; ordinal < 12; ordinal++)
                {
                    batch.Add(reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal));
                }

                batch.End(reader.GetString(12));
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await reader.DisposeAsync();
            await command.DisposeAsync();
        }
    }
}
