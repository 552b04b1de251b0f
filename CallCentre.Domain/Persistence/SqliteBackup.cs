using Microsoft.Data.Sqlite;

namespace CallCentre.Domain.Persistence;

/// <summary>
/// A consistent copy of a live SQLite database through SQLite's online backup API: the copy is one committed state
/// (writers go on meanwhile, in WAL readers never block them), written to a temporary file and renamed into place only
/// when whole, so that a half-written copy never looks like a backup.
/// </summary>
public static class SqliteBackup
{
    public static async Task BackupAsync(string connectionString, string destinationPath, CancellationToken cancellationToken = default)
    {
        var destination = Path.GetFullPath(destinationPath);
        if (File.Exists(destination))
        {
            throw new InvalidOperationException($"{destination} already exists; name a new file.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var partial = destination + ".partial";
        File.Delete(partial);
        try
        {
            await using (var source = await SqliteConnectionSetup.OpenAsync(connectionString, cancellationToken))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                await copy.OpenAsync(cancellationToken);
                source.BackupDatabase(copy);

                // The copy is a single file: its own journal checkpointed and switched off before it is closed.
                await using var command = copy.CreateCommand();
                command.CommandText = "PRAGMA journal_mode = DELETE;";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            File.Move(partial, destination);
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
