using CallCentre.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Bench.Harness;

/// <summary>EF Core contexts on one SQLite file, configured as the app configures them, for scenarios that call use cases directly.</summary>
public sealed class BenchDbFactory(string databasePath) : IDbContextFactory<CallCentreDbContext>
{
    public string DatabasePath => databasePath;

    public string ConnectionString { get; } = new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString();

    public CallCentreDbContext CreateDbContext()
    {
        var builder = new DbContextOptionsBuilder<SqliteCallCentreDbContext>();
        builder.UseCallCentreSqlite(ConnectionString);
        return new SqliteCallCentreDbContext(builder.Options);
    }
}
