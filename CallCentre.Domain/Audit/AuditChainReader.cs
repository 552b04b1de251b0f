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
    /// <summary>The hashed fields in the canonical order, then the stored hash; portable SQL.</summary>
    public const string Query =
        "SELECT Sequence, PreviousHash, AtUtc, ActorId, ActorName, Action, SubjectType, SubjectId, Before, After, Outcome, ClientAddress, Hash " +
        "FROM AuditEntries ORDER BY Sequence";

    /// <param name="portable">Use the provider's data reader even on SQLite (for tests of that path).</param>
    public static async Task<AuditChainReader> OpenAsync(DbConnection connection, bool portable, CancellationToken cancellationToken)
    {
        if (!portable && connection is SqliteConnection sqlite && SqliteAuditChainReader.TryOpen(sqlite) is { } reader)
        {
            return reader;
        }

        var command = connection.CreateCommand();
        command.CommandText = Query;
        command.CommandTimeout = 0;
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
