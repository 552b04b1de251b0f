using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web.Infrastructure;

/// <summary>
/// A bad database setting stops the real app at start with exit code 1 and one critical line naming the setting,
/// instead of serving errors later. Each test starts CallCentre.Web.dll as a child process.
/// </summary>
public sealed class StartupRefusalTests
{
    private static readonly TimeSpan _timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task UnknownDatabaseProvider_StopsStartWithOneLineNamingTheSetting()
    {
        var run = await AppProcess.RunToExitAsync(
            new Dictionary<string, string> { ["Database__Provider"] = "Oracle" },
            _timeout);

        AssertRefusedNaming(run, "Database:Provider", "Oracle");
    }

    [Fact]
    public async Task InvalidSqliteConnectionString_StopsStartWithOneLineNamingTheSetting()
    {
        var run = await AppProcess.RunToExitAsync(
            new Dictionary<string, string>
            {
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__CallCentre"] = "Data Source=callcentre.db;Flavour=strawberry",
            },
            _timeout);

        AssertRefusedNaming(run, "ConnectionStrings:CallCentre", "SQLite");
    }

    [Fact]
    public async Task UnreachableSqlServer_StopsStartWithOneLineNamingTheSetting()
    {
        // Port 1 on loopback refuses at once; nothing listens there.
        var run = await AppProcess.RunToExitAsync(
            new Dictionary<string, string>
            {
                ["Database__Provider"] = "SqlServer",
                ["ConnectionStrings__CallCentre"] = "Server=127.0.0.1,1;Database=CallCentre;User Id=sa;Password=not-used-1111;Connect Timeout=2;TrustServerCertificate=True",
            },
            _timeout);

        AssertRefusedNaming(run, "ConnectionStrings:CallCentre", "SqlServer");
    }

    private static void AssertRefusedNaming(AppRun run, params string[] expectedInLine)
    {
        Assert.True(run.ExitCode is not null, "The app did not stop within " + _timeout + ":\n" + run.Transcript);
        Assert.True(run.ExitCode == 1, $"Exit code {run.ExitCode}, expected 1:\n" + run.Transcript);
        var critical = Assert.Single(run.CriticalLines);
        Assert.Contains("CallCentre cannot start", critical, StringComparison.Ordinal);
        foreach (var expected in expectedInLine)
        {
            Assert.Contains(expected, critical, StringComparison.Ordinal);
        }
    }
}
