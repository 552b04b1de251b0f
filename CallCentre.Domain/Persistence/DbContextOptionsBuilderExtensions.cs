using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Persistence;

/// <summary>The provider settings shared by the app, the design-time factories, the tests and the bench.</summary>
public static class DbContextOptionsBuilderExtensions
{
    /// <summary>SQLite with the connection set-up every connection gets (<see cref="SqliteConnectionSetup"/>).</summary>
    public static DbContextOptionsBuilder UseCallCentreSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60)).AddInterceptors(SqliteConnectionSetup.Instance);

    public static DbContextOptionsBuilder UseCallCentreSqlServer(this DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure());
}
