using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CallCentre.Domain.Persistence;

/// <summary>Lets `dotnet ef` build the SQL Server context; adding or scripting migrations contacts no server.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCallCentreDbContext>
{
    public SqlServerCallCentreDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqlServerCallCentreDbContext>();
        builder.UseCallCentreSqlServer("Server=localhost;Database=CallCentre;Trusted_Connection=True;TrustServerCertificate=True");
        return new SqlServerCallCentreDbContext(builder.Options);
    }
}
