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
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), "callcentre-tests", $"web-{Guid.NewGuid():N}.db");

    public Dictionary<string, string?> Settings { get; } = new();

    public string EnvironmentName { get; set; } = "Development";

    public string DatabasePath => _databasePath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_databasePath)!);
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:CallCentre", new SqliteConnectionStringBuilder { DataSource = _databasePath, Pooling = false }.ToString());
        builder.UseSetting("Jobs:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
