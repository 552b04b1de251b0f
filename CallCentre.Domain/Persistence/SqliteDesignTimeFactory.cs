using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CallCentre.Domain.Persistence;

/// <summary>Lets `dotnet ef` build the SQLite context without starting the web app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCallCentreDbContext>
{
    public SqliteCallCentreDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteCallCentreDbContext>();
        builder.UseCallCentreSqlite("Data Source=design-time.db");
        return new SqliteCallCentreDbContext(builder.Options);
    }
}
