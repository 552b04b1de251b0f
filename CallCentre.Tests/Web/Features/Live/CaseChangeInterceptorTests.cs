using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Web.Features.Live;

/// <summary>Every save that adds or changes a case tells the feed, once the change is there for others to read, and only then.</summary>
public sealed class CaseChangeInterceptorTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
    private readonly RecordingFeed _feed = new();
    private SeededDatabase _database = null!;
    private InterceptedDbContextFactory _factory = null!;
    private Actor _operator = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _factory = new InterceptedDbContextFactory(_database.Database, new CaseChangeInterceptor(_feed, _clock));
        _operator = await _database.AddActorAsync(Roles.Operator, "CC1111");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task RegisteringACase_PublishesItWithItsOrganisationAndStatus_OnceCommitted()
    {
        var usug = await _database.OrganisationIdAsync("USUG");
        _feed.OnPublish = changes =>
        {
            // Told inside the registration's own transaction, a page reloading now would not find the case yet.
            using var other = _database.CreateDbContext();
            _feed.VisibleToOthers.AddRange(changes.Select(c => other.Cases.Any(x => x.Id == c.CaseId)));
        };

        var result = await Register();

        var change = Assert.Single(_feed.Changes);
        Assert.Equal(new CaseChanged(result.CaseId, usug, null, CaseStatus.Assigned, _clock.GetUtcNow().UtcDateTime, _operator.UserId), change);
        Assert.Equal([true], _feed.VisibleToOthers);
    }

    [Fact]
    public async Task AFailedSave_PublishesNothing()
    {
        var existing = await Register();
        _feed.Changes.Clear();

        await using var db = _factory.CreateDbContext();
        var copy = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == existing.CaseId);
        var details = new CaseDetails(copy.Channel, copy.Type, copy.TopicId, copy.Subject, copy.Description, null, null, null, null, null, copy.Caller, copy.Priority, null);
        db.Cases.Add(Case.Register(ReferenceNumber.Parse(existing.Reference!), details, _operator, _clock.GetUtcNow().UtcDateTime));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Empty(_feed.Changes);
    }

    [Fact]
    public async Task ANewTimelineEntry_CountsAsAChangeOfItsCase_ByItsActor()
    {
        var existing = await Register();
        var officer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");
        _feed.Changes.Clear();

        await using (var db = _factory.CreateDbContext())
        {
            var @case = await db.Cases.Include(c => c.Events).SingleAsync(c => c.Id == existing.CaseId);
            @case.RecordAttachment("photo.jpg", officer, _clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        var change = Assert.Single(_feed.Changes);
        Assert.Equal(existing.CaseId, change.CaseId);
        Assert.Equal(officer.UserId, change.ChangedById);
    }

    [Fact]
    public async Task ASaveThatTouchesNoCase_PublishesNothing()
    {
        await using (var db = _factory.CreateDbContext())
        {
            db.Users.Add(new ApplicationUser { UserName = "someone@test.mn", DisplayName = "Someone", CreatedAtUtc = _clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        }

        Assert.Empty(_feed.Changes);
    }

    private async Task<RegisteredCase> Register()
    {
        var result = await new RegisterCase(_factory, _clock).RunAsync(
            new RegisterCaseInput
            {
                TopicId = await _database.TopicIdAsync("UTIL-WATER"),
                Subject = "Халуун ус тасарсан",
                Description = "Гурав хоног халуун усгүй байна.",
                RegionId = await _database.RegionIdAsync("MN-1"),
                DistrictId = await _database.RegionIdAsync("UB-BZ"),
                CallerName = "Бат-Эрдэнэ Дорж",
                Phone = "99112233",
            },
            _operator);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.Value!;
    }

    private sealed class RecordingFeed : ICaseChangeFeed
    {
        public List<CaseChanged> Changes { get; } = [];

        public List<bool> VisibleToOthers { get; } = [];

        public Action<IReadOnlyList<CaseChanged>>? OnPublish { get; set; }

        public void Publish(IReadOnlyList<CaseChanged> changes)
        {
            OnPublish?.Invoke(changes);
            Changes.AddRange(changes);
        }

        public IDisposable Subscribe(CaseVisibility visibility, Func<CaseChanged, Task> onChange) => throw new NotSupportedException();
    }
}
