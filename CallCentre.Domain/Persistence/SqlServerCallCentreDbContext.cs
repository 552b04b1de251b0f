using CallCentre.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Persistence;

/// <summary>The model on SQL Server, for production; migrations under Migrations/SqlServer.</summary>
public sealed class SqlServerCallCentreDbContext(DbContextOptions<SqlServerCallCentreDbContext> options) : CallCentreDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Search keys are compared by range; a binary collation orders them exactly as SQLite does, whatever the server's default.
        builder.Entity<CaseWord>().Property(w => w.Word).UseCollation("Latin1_General_100_BIN2");
    }
}
