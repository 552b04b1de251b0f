using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Persistence;

/// <summary>The model on SQLite, the embedded default; migrations under Migrations/Sqlite.</summary>
public sealed class SqliteCallCentreDbContext(DbContextOptions<SqliteCallCentreDbContext> options) : CallCentreDbContext(options);
