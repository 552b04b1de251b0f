using System.Data.Common;
using System.Globalization;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Domain.Persistence;

/// <summary>Every SQLite connection runs as production runs: WAL, synchronous=NORMAL, a busy timeout, foreign keys, statistics.</summary>
public sealed class SqliteConnectionSetupTests
{
    [Fact]
    public async Task AFreshAppDatabase_ReportsWalNormalSyncBusyTimeoutAndForeignKeys_AndHasStatistics()
    {
        await using var factory = new CallCentreWebFactory();
        _ = factory.CreateClient();

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CallCentreDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        Assert.Equal("1", await PragmaAsync(connection, "synchronous"));
        Assert.Equal(SqliteConnectionSetup.BusyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture), await PragmaAsync(connection, "busy_timeout"));
        Assert.Equal("1", await PragmaAsync(connection, "foreign_keys"));
        Assert.Equal("1", await ScalarAsync(connection, "SELECT COUNT(*) > 0 FROM sqlite_master WHERE name = 'sqlite_stat1'"));
    }

    [Fact]
    public async Task ABareConnection_OpenedThroughTheSetUp_GetsTheSameSettings()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();

        await using var connection = await SqliteConnectionSetup.OpenAsync(database.ConnectionString);

        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        Assert.Equal("1", await PragmaAsync(connection, "synchronous"));
        Assert.Equal("1", await PragmaAsync(connection, "foreign_keys"));
    }

    private static Task<string?> PragmaAsync(DbConnection connection, string name) => ScalarAsync(connection, $"PRAGMA {name}");

    private static async Task<string?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
