using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Persistence;

/// <summary>The model on SQL Server, for production; migrations under Migrations/SqlServer.</summary>
public sealed class SqlServerCallCentreDbContext(DbContextOptions<SqlServerCallCentreDbContext> options) : CallCentreDbContext(options);
