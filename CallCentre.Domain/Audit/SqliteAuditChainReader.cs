using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CallCentre.Domain.Audit;

/// <summary>
/// The SQLite fast path: one prepared statement stepped directly, each text column's bytes copied from SQLite's row
/// into the batch as they are stored (UTF-8), never decoded into a string and encoded back. The bytes are those a
/// string read would encode to for every entry the app wrote, so the hash is the same; an edit made with invalid
/// UTF-8 bytes is caught here even where decoding would have hidden it. AtUtc in the format EF Core stores
/// (<c>yyyy-MM-dd HH:mm:ss</c> and up to seven fraction digits) is rewritten to the canonical form without parsing
/// a DateTime; anything else is read through Microsoft.Data.Sqlite exactly as the portable path reads it.
/// </summary>
internal sealed class SqliteAuditChainReader : AuditChainReader
{
    private const int CanonicalAtLength = 24;

    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;

    private SqliteAuditChainReader(SqliteConnection connection, sqlite3_stmt statement)
    {
        _connection = connection;
        _statement = statement;
    }

    /// <summary>Null when the database does not store text as UTF-8 (the bytes would not be the hashed ones).</summary>
    public static SqliteAuditChainReader? TryOpen(SqliteConnection connection, string query, long? bound)
    {
        using (var encoding = connection.CreateCommand())
        {
            encoding.CommandText = "PRAGMA encoding";
            if (encoding.ExecuteScalar() as string != "UTF-8")
            {
                return null;
            }
        }

        var rc = raw.sqlite3_prepare_v2(connection.Handle, query, out var statement);
        if (rc == raw.SQLITE_OK && bound is not null)
        {
            rc = raw.sqlite3_bind_int64(statement, raw.sqlite3_bind_parameter_index(statement, Bound), bound.Value);
        }

        if (rc != raw.SQLITE_OK)
        {
            statement.Dispose();
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }

        return new SqliteAuditChainReader(connection, statement);
    }

    public override ValueTask FillAsync(AuditChainBatch batch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        batch.Clear();
        Span<byte> at = stackalloc byte[CanonicalAtLength];
        while (!batch.IsFull)
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_DONE)
            {
                break;
            }

            if (rc != raw.SQLITE_ROW)
            {
                SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
            }

            var sequence = raw.sqlite3_column_int64(_statement, 0);
            batch.Begin(sequence, Column(1));
            if (raw.sqlite3_column_type(_statement, 2) == raw.SQLITE_TEXT && TryCanonicalAt(Column(2), at))
            {
                batch.Add(at);
            }
            else
            {
                batch.Add(StoredAtUtc(sequence));
            }

            for (var ordinal = 3; ordinal < 12; ordinal++)
            {
                batch.Add(Column(ordinal));
            }

            batch.End(Column(12));
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        _statement.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The column's bytes (the text's UTF-8; empty for null), valid until the next step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Column(int ordinal) => raw.sqlite3_column_blob(_statement, ordinal);

    /// <summary>
    /// <c>yyyy-MM-dd HH:mm:ss[.f…]</c> (what EF Core writes; up to 7 fraction digits) as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>,
    /// which is what parsing, truncating to the millisecond and formatting would give; false for anything else.
    /// </summary>
    internal static bool TryCanonicalAt(ReadOnlySpan<byte> stored, Span<byte> canonical)
    {
        if (stored.Length != 19 && (stored.Length < 21 || stored.Length > 27 || stored[19] != '.'))
        {
            return false;
        }

        if (stored[4] != '-' || stored[7] != '-' || stored[10] != ' ' || stored[13] != ':' || stored[16] != ':')
        {
            return false;
        }

        if (!TryNumber(stored[..4], out var year) || !TryNumber(stored.Slice(5, 2), out var month) || !TryNumber(stored.Slice(8, 2), out var day)
            || !TryNumber(stored.Slice(11, 2), out var hour) || !TryNumber(stored.Slice(14, 2), out var minute) || !TryNumber(stored.Slice(17, 2), out var second)
            || (stored.Length > 19 && !TryNumber(stored[20..], out _)))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        stored[..10].CopyTo(canonical);
        canonical[10] = (byte)'T';
        stored.Slice(11, 8).CopyTo(canonical[11..]);
        canonical[19] = (byte)'.';
        for (var i = 0; i < 3; i++)
        {
            canonical[20 + i] = 20 + i < stored.Length ? stored[20 + i] : (byte)'0';
        }

        canonical[23] = (byte)'Z';
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (digit < '0' || digit > '9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    /// <summary>An AtUtc in any other form, read through Microsoft.Data.Sqlite as the portable path reads it.</summary>
    private DateTime StoredAtUtc(long sequence)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT AtUtc FROM AuditEntries WHERE Sequence = $sequence";
        command.Parameters.AddWithValue("$sequence", sequence);
        using var reader = command.ExecuteReader();
        reader.Read();
        return DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc);
    }
}
