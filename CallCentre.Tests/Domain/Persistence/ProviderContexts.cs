using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Domain.Persistence;

/// <summary>Each provider's context built the way the app builds it; the SQL Server one never opens its connection.</summary>
internal static class ProviderContexts
{
    public const string UnusedSqlServerConnection = "Server=127.0.0.1,1;Database=CallCentre;User Id=sa;Password=unused;TrustServerCertificate=True";

    public static SqlServerCallCentreDbContext SqlServer()
    {
        var builder = new DbContextOptionsBuilder<SqlServerCallCentreDbContext>();
        builder.UseCallCentreSqlServer(UnusedSqlServerConnection);
        return new SqlServerCallCentreDbContext(builder.Options);
    }

    public static SqliteCallCentreDbContext Sqlite(string connectionString, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<SqliteCallCentreDbContext>();
        builder.UseCallCentreSqlite(connectionString);
        builder.AddInterceptors(interceptors);
        return new SqliteCallCentreDbContext(builder.Options);
    }
}
