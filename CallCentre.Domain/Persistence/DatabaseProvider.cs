namespace CallCentre.Domain.Persistence;

/// <summary>The database engines CallCentre runs on (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
