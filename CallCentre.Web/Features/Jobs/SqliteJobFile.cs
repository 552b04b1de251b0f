using CallCentre.Domain.Persistence;
using Microsoft.Data.Sqlite;

namespace CallCentre.Web.Features.Jobs;

/// <summary>
/// Where Hangfire keeps its queue and schedule on SQLite: a file of its own beside the app's database. Not the same file,
/// because SQLite lets one writer at a time into a file: Hangfire's workers poll, heartbeat and take locks many times a
/// second, and each of those writes would make an operator's registration wait; its tables are created by the storage
/// library outside the app's migrations (the model checks, the backup and the audit stay about the app's data); and the
/// job file can be thrown away (the recurring jobs are registered again at every start) without touching a case.
/// </summary>
public static class SqliteJobFile
{
    public const string InMemory = ":memory:";

    /// <summary>The job file's full path, or <see cref="InMemory"/> when jobs are kept in memory.</summary>
    public static string Path(DatabaseSettings database, JobSettings jobs, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(jobs.SqliteFile))
        {
            return jobs.SqliteFile == InMemory ? InMemory : System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, jobs.SqliteFile));
        }

        var builder = new SqliteConnectionStringBuilder(database.ConnectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource == InMemory)
        {
            return InMemory;
        }

        var folder = System.IO.Path.GetDirectoryName(builder.DataSource)!;
        return System.IO.Path.Combine(folder, System.IO.Path.GetFileNameWithoutExtension(builder.DataSource) + ".jobs.db");
    }
}
