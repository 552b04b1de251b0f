using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Reports;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Reports;

/// <summary>A seeded database, a clock, a reports folder and a scheduler that only records, for the report use cases.</summary>
public sealed class ReportHarness : IAsyncDisposable
{
    private ReportHarness(SeededDatabase database, string folder)
    {
        Database = database;
        Settings = new ReportSettings { Folder = folder, ProgressEveryRows = 2 };
    }

    /// <summary>2026-03-10 04:00 UTC, 12:00 in Ulaanbaatar.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 4, 0, 0, TimeSpan.Zero));

    public SeededDatabase Database { get; }

    public IDbContextFactory<CallCentreDbContext> Db => Database.Database;

    public ReportSettings Settings { get; }

    public RecordingScheduler Scheduler { get; } = new();

    public static async Task<ReportHarness> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "callcentre-tests", "reports-" + Guid.NewGuid().ToString("N"));
        return new ReportHarness(await SeededDatabase.CreateAsync(), folder);
    }

    public RequestReport Request => new(Db, Scheduler, Settings, Clock);

    public GenerateReport Generate => new(Db, new KeyLabels(), Settings, Clock);

    /// <summary>The whole of March 2026, in the given language.</summary>
    public static RequestReportInput March(ReportKind kind, int? organisationId = null) =>
        new(kind, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), organisationId, Language.English);

    /// <summary>Requests and writes a report at once (the job's work without Hangfire) and opens the file.</summary>
    public async Task<XLWorkbook> RunAsync(Actor actor, RequestReportInput input)
    {
        var id = await Request.RunAsync(input, actor);
        var status = await Generate.RunAsync(new GenerateReportInput(id), Actor.System);
        Assert.True(status == ReportStatus.Done, $"{status}: {(await LoadAsync(id)).ErrorMessage}");
        return new XLWorkbook(await FilePathAsync(id));
    }

    public async Task<string> FilePathAsync(int requestId)
    {
        await using var db = Database.CreateDbContext();
        var fileName = await db.ReportRequests.Where(r => r.Id == requestId).Select(r => r.FileName).SingleAsync();
        return Path.Combine(Settings.Folder, fileName!);
    }

    public async Task<ReportRequest> LoadAsync(int requestId)
    {
        await using var db = Database.CreateDbContext();
        return await db.ReportRequests.AsNoTracking().SingleAsync(r => r.Id == requestId);
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (Directory.Exists(Settings.Folder))
        {
            Directory.Delete(Settings.Folder, recursive: true);
        }
    }

    /// <summary>Remembers what was queued instead of running it.</summary>
    public sealed class RecordingScheduler : IReportScheduler
    {
        public List<int> Queued { get; } = [];

        public void Enqueue(int requestId) => Queued.Add(requestId);
    }

    /// <summary>Labels that are their keys, so that tests can find columns and names without a language.</summary>
    public sealed class KeyLabels : IReportLabels, IReportLabelsFactory
    {
        public Language Language => Language.English;

        public string Get(string key, params object[] arguments) => key;

        public IReportLabels For(Language language) => this;
    }
}
