using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CallCentre.Tests.Support;

/// <summary>
/// The real web app in memory, on its own SQLite file with the real migrations, in Development (so demo accounts exist).
/// Extra settings go through <see cref="Settings"/> before the first client is created.
/// </summary>
public class CallCentreWebFactory : WebApplicationFactory<Program>
{
    public Dictionary<string, string?> Settings { get; } = new();

    public string EnvironmentName { get; set; } = "Development";

    /// <summary>A fresh file unless a test starts a second app on the same database (a restart).</summary>
    public string DatabasePath { get; init; } = Path.Combine(Path.GetTempPath(), "callcentre-tests", $"web-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:CallCentre", new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());

        // Tests start without demo cases, so that what they count is what they registered; a test may ask for some.
        builder.UseSetting("DemoData:Cases", "0");
        builder.UseSetting("Jobs:Enabled", "false");

        // Every test client comes from one address: the per-address sign-in limits would trip across tests. The rate-limit
        // tests set the real limits; the per-account-and-address failure limit (below the lockout) stays as shipped.
        builder.UseSetting("RateLimits:Policies:SignIn:PermitLimit", "100000");
        builder.UseSetting("RateLimits:AttemptsPerAccount", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
