using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CallCentre.Tests.Support;

/// <summary>Contexts on a test database with interceptors added, as the app's factory adds its registered ones.</summary>
public sealed class InterceptedDbContextFactory(SqliteTestDatabase database, params IInterceptor[] interceptors) : IDbContextFactory<CallCentreDbContext>
{
    public CallCentreDbContext CreateDbContext()
    {
        var builder = new DbContextOptionsBuilder<SqliteCallCentreDbContext>();
        builder.UseCallCentreSqlite(database.ConnectionString).AddInterceptors(interceptors);
        return new SqliteCallCentreDbContext(builder.Options);
    }
}
