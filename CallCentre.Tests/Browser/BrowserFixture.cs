using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace CallCentre.Tests.Browser;

/// <summary>
/// The real app on a loopback port (Kestrel, Development, its own SQLite file) and one headless Debian Chromium for the
/// whole collection; each test takes a fresh browser context. Without Chromium the tests skip, unless CI=true.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] _chromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private CallCentreWebFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = default!;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _app = new CallCentreWebFactory();
        _app.UseKestrel(0);
        _app.StartServer();
        BaseAddress = _app.ClientOptions.BaseAddress;

        // Expectations retry up to this long; the CI machine has two cores shared with the rest of the test run.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = _chromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh context (no cookies) and page; call first in every browser test.</summary>
    public async Task<IPage> NewPageAsync()
    {
        RequireBrowser();
        var context = await _browser!.NewContextAsync(new() { BaseURL = BaseAddress.ToString().TrimEnd('/'), Locale = "en-GB" });
        // Generous: the CI machine has two cores shared with the rest of the test run.
        context.SetDefaultTimeout(45_000);
        return await context.NewPageAsync();
    }

    /// <summary>The running app's services, to act inside it as its background jobs do (their saves reach its live feeds).</summary>
    public IServiceProvider AppServices => _app!.Services;

    /// <summary>A context of the app's own database, to read what a test expects to see.</summary>
    public SqliteCallCentreDbContext OpenDatabase()
    {
        var builder = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<SqliteCallCentreDbContext>();
        builder.UseCallCentreSqlite(new SqliteConnectionStringBuilder { DataSource = _app!.DatabasePath, Pooling = false }.ToString());
        return new SqliteCallCentreDbContext(builder.Options);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>xunit calls this after <see cref="DisposeAsync"/>: the app stops once the browser is gone.</summary>
    public void Dispose() => _app?.Dispose();

    private static void RequireBrowser()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        var message = $"Browser tests need Debian's Chromium at {ChromiumPath} (apt-get install -y chromium).";
        if (IsCi)
        {
            throw new InvalidOperationException(message + " CI=true, so a missing browser is a failure, not a skip.");
        }

        Skip.If(true, message);
    }
}
