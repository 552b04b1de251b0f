using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Cases;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Cases;

public sealed class GetCaseDetailsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private Actor _operator = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _operator = await _database.AddActorAsync(Roles.Operator, "CC1111");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private GetCaseDetails Details => new(_database.Database);

    [Fact]
    public async Task Details_CarryTheCaseTheTimelineAndNamesInTheViewersLanguage()
    {
        var registered = await _database.RegisterAsync(_operator, _clock, new() { Subject = "Халуун ус алга", Topic = "UTIL-WATER", District = "UB-BZ" });

        var details = await Details.RunAsync(new GetCaseDetailsInput(registered.CaseId, Language.English), _operator);

        Assert.Equal(registered.Reference, details!.Reference);
        Assert.Equal(PublicStatus.New, details.PublicStatus);
        Assert.Equal(CaseStatus.Assigned, details.Status);
        Assert.Equal("Utilities", details.TopicGroup);
        Assert.Equal("Water and sewerage", details.Topic);
        Assert.Equal("Ulaanbaatar", details.Region);
        Assert.Equal("Bayanzürkh", details.District);
        Assert.Equal("Water Supply and Sewerage Authority of Ulaanbaatar", details.Organisation);
        Assert.Equal(_operator.DisplayName, details.RegisteredBy);
        Assert.Equal([CaseEventKind.Registered, CaseEventKind.Assigned, CaseEventKind.DeadlineSet], details.Timeline.Select(e => e.Kind));
        Assert.Equal(CaseStatus.Assigned, details.Timeline[1].ToStatus);
        Assert.Equal("Water Supply and Sewerage Authority of Ulaanbaatar", details.Timeline[1].Organisation);
    }

    [Fact]
    public async Task FollowUpLink_IsShownOnlyWhenTheEarlierCaseIsVisibleToo()
    {
        var earlier = await _database.RegisterAsync(_operator, _clock, new() { Topic = "ORDER-POLICE" });
        var input = new RegisterCaseInput
        {
            TopicId = await _database.TopicIdAsync("UTIL-WATER"),
            Subject = "Дахин залгасан",
            Description = "Өмнөх хэргийн талаар.",
            CallerName = "Дорж",
            Phone = "99112233",
            FollowUpOfCaseId = earlier.CaseId,
        };
        var later = await new RegisterCase(_database.Database, _clock).RunAsync(input, _operator);
        var usugOfficer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");

        var asOperator = await Details.RunAsync(new GetCaseDetailsInput(later.Value!.CaseId), _operator);
        var asAgency = await Details.RunAsync(new GetCaseDetailsInput(later.Value!.CaseId), usugOfficer);

        Assert.Equal(new CaseLink(earlier.CaseId, earlier.Reference!), asOperator!.FollowUpOf);
        Assert.NotNull(asAgency);
        Assert.Null(asAgency.FollowUpOf);
    }

    [Fact]
    public async Task Attachments_AreListedWithNameKindAndSize()
    {
        var registered = await _database.RegisterAsync(_operator, _clock);
        await using (var db = _database.CreateDbContext())
        {
            db.Attachments.Add(new Attachment(registered.CaseId, "дуудлага.mp3", "audio/mpeg", AttachmentKind.Audio, 48_000, new string('a', 64), "2026/03/x.bin", _operator.UserId, _clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        var details = await Details.RunAsync(new GetCaseDetailsInput(registered.CaseId), _operator);

        var attachment = Assert.Single(details!.Attachments);
        Assert.Equal(("дуудлага.mp3", AttachmentKind.Audio, 48_000L), (attachment.FileName, attachment.Kind, attachment.SizeBytes));
    }
}
