using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CallCentre.Domain.Persistence;

/// <summary>The database settings read and checked once at start; a bad value stops the app with one clear line.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringKey = "ConnectionStrings:CallCentre";
    public const string MigrateOnStartupKey = "Database:MigrateOnStartup";
    public const string DefaultSqliteFile = "App_Data/callcentre.db";

    /// <summary>Reads the settings; throws <see cref="InvalidOperationException"/> naming the setting that is wrong.</summary>
    public static DatabaseSettings Read(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration[ProviderKey];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerText, ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException(
                $"Setting {ProviderKey} is '{providerText}', which is not a known database provider; use 'Sqlite' or 'SqlServer'.");
        }

        var connectionString = configuration[ConnectionStringKey];
        connectionString = provider switch
        {
            DatabaseProvider.Sqlite => SqliteConnectionString(connectionString, contentRoot),
            _ => SqlServerConnectionString(connectionString),
        };

        var migrateText = configuration[MigrateOnStartupKey];
        var migrate = true;
        if (!string.IsNullOrWhiteSpace(migrateText) && !bool.TryParse(migrateText, out migrate))
        {
            throw new InvalidOperationException($"Setting {MigrateOnStartupKey} is '{migrateText}'; use true or false.");
        }

        return new DatabaseSettings(provider, connectionString, migrate);
    }

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? $"Data Source={DefaultSqliteFile}" : configured);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new InvalidOperationException($"Setting {ConnectionStringKey} is not a valid SQLite connection string: {ex.Message}", ex);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new InvalidOperationException($"Setting {ConnectionStringKey} names no SQLite file (Data Source=...).");
        }

        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource == ":memory:";
        if (!inMemory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        if (!inMemory)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        // Writers wait for each other instead of failing at once when two requests save together.
        builder.DefaultTimeout = builder.DefaultTimeout < 30 ? 30 : builder.DefaultTimeout;
        return builder.ToString();
    }

    private static string SqlServerConnectionString(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException($"Setting {ConnectionStringKey} is empty; SQL Server needs a connection string.");
        }

        try
        {
            return new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(configured).ConnectionString;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new InvalidOperationException($"Setting {ConnectionStringKey} is not a valid SQL Server connection string: {ex.Message}", ex);
        }
    }
}
