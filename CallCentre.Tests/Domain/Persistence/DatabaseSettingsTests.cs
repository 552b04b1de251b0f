using CallCentre.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CallCentre.Tests.Domain.Persistence;

public sealed class DatabaseSettingsTests : IDisposable
{
    private const string ValidSqlServer = "Server=db.example;Database=CallCentre;Integrated Security=true;TrustServerCertificate=true";
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "callcentre-tests", $"root-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    [Fact]
    public void Read_WithNoSettings_UsesSqliteFileUnderAppDataOfTheContentRootAndCreatesTheFolder()
    {
        var settings = DatabaseSettings.Read(Configuration(), _contentRoot);

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.True(settings.MigrateOnStartup);
        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        Assert.Equal(Path.Combine(_contentRoot, "App_Data", "callcentre.db"), file);
        Assert.True(Directory.Exists(Path.Combine(_contentRoot, "App_Data")));
    }

    [Fact]
    public void Read_RelativeSqliteFile_IsPlacedUnderTheContentRoot()
    {
        var settings = DatabaseSettings.Read(Configuration((DatabaseSettings.ConnectionStringKey, "Data Source=data/cases.db")), _contentRoot);

        Assert.Equal(Path.Combine(_contentRoot, "data", "cases.db"), new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource);
        Assert.True(Directory.Exists(Path.Combine(_contentRoot, "data")));
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("5")]
    [InlineData("Sqlite3")]
    public void Read_UnknownProvider_ThrowsNamingDatabaseProvider(string provider)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.Read(Configuration((DatabaseSettings.ProviderKey, provider)), _contentRoot));

        Assert.Contains("Database:Provider", ex.Message, StringComparison.Ordinal);
        Assert.Contains(provider, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SqlServer")]
    [InlineData("sqlserver")]
    public void Read_SqlServerWithAValidConnectionString_ChoosesSqlServer(string provider)
    {
        var settings = DatabaseSettings.Read(
            Configuration((DatabaseSettings.ProviderKey, provider), (DatabaseSettings.ConnectionStringKey, ValidSqlServer)),
            _contentRoot);

        Assert.Equal(DatabaseProvider.SqlServer, settings.Provider);
        Assert.Contains("db.example", settings.ConnectionString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Read_SqlServerWithEmptyConnectionString_ThrowsNamingTheConnectionString(string connectionString)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.Read(
            Configuration((DatabaseSettings.ProviderKey, "SqlServer"), (DatabaseSettings.ConnectionStringKey, connectionString)),
            _contentRoot));

        Assert.Contains("ConnectionStrings:CallCentre", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("this is not a connection string")]
    [InlineData("Server=db.example;Flux Capacitor=on")]
    public void Read_SqlServerWithMalformedConnectionString_ThrowsNamingTheConnectionString(string connectionString)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.Read(
            Configuration((DatabaseSettings.ProviderKey, "SqlServer"), (DatabaseSettings.ConnectionStringKey, connectionString)),
            _contentRoot));

        Assert.Contains("ConnectionStrings:CallCentre", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SqliteWithMalformedConnectionString_ThrowsNamingTheConnectionString()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.Read(
            Configuration((DatabaseSettings.ConnectionStringKey, "Data Source=a.db;Warp Speed=9")),
            _contentRoot));

        Assert.Contains("ConnectionStrings:CallCentre", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    public void Read_MigrateOnStartupNotABoolean_ThrowsNamingTheSetting(string value)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => DatabaseSettings.Read(Configuration((DatabaseSettings.MigrateOnStartupKey, value)), _contentRoot));

        Assert.Contains("Database:MigrateOnStartup", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MigrateOnStartupFalse_IsKept()
    {
        var settings = DatabaseSettings.Read(
            Configuration((DatabaseSettings.ProviderKey, "SqlServer"), (DatabaseSettings.ConnectionStringKey, ValidSqlServer), (DatabaseSettings.MigrateOnStartupKey, "false")),
            _contentRoot);

        Assert.False(settings.MigrateOnStartup);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
