using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Domain.Persistence;

/// <summary>The model and both providers' migration sets agree, so that the word index exists wherever the app runs.</summary>
public sealed class CaseSearchModelTests
{
    [Fact]
    public void Sqlite_Migrations_MatchTheModel()
    {
        var options = new DbContextOptionsBuilder<SqliteCallCentreDbContext>();
        options.UseCallCentreSqlite("Data Source=:memory:");
        using var db = new SqliteCallCentreDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_CaseSearch", StringComparison.Ordinal));
    }

    [Fact]
    public void SqlServer_Migrations_MatchTheModel()
    {
        var options = new DbContextOptionsBuilder<SqlServerCallCentreDbContext>();
        options.UseCallCentreSqlServer("Server=none;Database=none;");
        using var db = new SqlServerCallCentreDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_CaseSearch", StringComparison.Ordinal));
    }
}
