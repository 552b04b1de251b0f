using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Routing;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Cases;

public sealed class RegisterCaseTests : IAsyncLifetime
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

    private RegisterCase UseCase => new(_database.Database, _clock);

    private async Task<RegisterCaseInput> ValidInputAsync(string topic = "UTIL-WATER", string region = "MN-1", string? district = "UB-BZ") => new()
    {
        Type = CaseType.Complaint,
        TopicId = await _database.TopicIdAsync(topic),
        Subject = "Халуун ус тасарсан",
        Description = "Гурав хоног халуун усгүй байна.",
        RegionId = await _database.RegionIdAsync(region),
        DistrictId = district is null ? null : await _database.RegionIdAsync(district),
        CallerName = "Бат-Эрдэнэ",
        Phone = "9911-2233",
    };

    [Fact]
    public async Task Register_ValidCall_SavesTheCaseRoutedToTheTopicsOrganisation()
    {
        var result = await UseCase.RunAsync(await ValidInputAsync(), _operator);

        Assert.True(result.Succeeded);
        Assert.Matches(@"^26-000001-\d$", result.Value!.Reference);
        await using var db = _database.CreateDbContext();
        var saved = await db.Cases.Include(c => c.Events).SingleAsync();
        Assert.Equal(await _database.OrganisationIdAsync("USUG"), saved.AssignedOrganisationId);
        Assert.Equal(CaseStatus.Assigned, saved.Status);
        Assert.Equal("+97699112233", saved.Caller.Phone);
        Assert.Equal([CaseEventKind.Registered, CaseEventKind.Assigned, CaseEventKind.DeadlineSet], saved.Events.OrderBy(e => e.Id).Select(e => e.Kind));
        Assert.True(ReferenceNumber.TryParse(saved.Reference, out _));
    }

    [Theory]
    [InlineData("MN-1", "UB-BZ", "GOV-UB-BZ")]
    [InlineData("MN-073", null, "GOV-MN-073")]
    [InlineData("MN-1", null, "CGO")]
    public async Task Register_LocalTopic_GoesToTheGovernorsOfficeOfThePlace(string region, string? district, string expected)
    {
        var result = await UseCase.RunAsync(await ValidInputAsync("TRAN-ROAD", region, district), _operator);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        Assert.Equal(await _database.OrganisationIdAsync(expected), result.Value!.AssignedOrganisationId);
    }

    [Fact]
    public async Task Register_RuleForTheRegion_BeatsTheTopicDefault()
    {
        await using (var db = _database.CreateDbContext())
        {
            db.RoutingRules.Add(new RoutingRule(await _database.TopicIdAsync("UTIL-WATER"), await _database.RegionIdAsync("MN-1"), await _database.OrganisationIdAsync("CGO")));
            await db.SaveChangesAsync();
        }

        var result = await UseCase.RunAsync(await ValidInputAsync(), _operator);

        Assert.Equal(await _database.OrganisationIdAsync("CGO"), result.Value!.AssignedOrganisationId);
    }

    [Fact]
    public async Task Register_OverrideWithoutReason_IsRefusedAtTheField()
    {
        var input = await ValidInputAsync() with { OrganisationId = await _database.OrganisationIdAsync("GPD") };

        var result = await UseCase.RunAsync(input, _operator);

        Assert.Equal("Case.OverrideReasonRequired", result.Errors["OverrideReason"]);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task Register_OverrideWithReason_AssignsTheChosenOrganisationAndKeepsTheReason()
    {
        var input = await ValidInputAsync() with { OrganisationId = await _database.OrganisationIdAsync("GPD"), OverrideReason = "Хулгайн хэрэг" };

        var result = await UseCase.RunAsync(input, _operator);

        Assert.Equal(await _database.OrganisationIdAsync("GPD"), result.Value!.AssignedOrganisationId);
        await using var db = _database.CreateDbContext();
        Assert.Contains(await db.CaseEvents.ToListAsync(), e => e.Kind == CaseEventKind.Assigned && e.Text == "Хулгайн хэрэг");
    }

    [Fact]
    public async Task Register_ConfidentialTopic_KeepsTheCallerConfidential()
    {
        var result = await UseCase.RunAsync(await ValidInputAsync("GOV-CONDUCT"), _operator);

        await using var db = _database.CreateDbContext();
        Assert.True((await db.Cases.SingleAsync(c => c.Id == result.Value!.CaseId)).Caller.IsConfidential);
    }

    [Fact]
    public async Task Register_BadFields_ReportsEachAtItsFieldAndSavesNothing()
    {
        var input = await ValidInputAsync() with
        {
            Subject = " ",
            Description = new string('я', CaseRules.DescriptionMaxLength + 1),
            Phone = "12345",
            Email = "not-an-email",
            RegisterNumber = "УБ99133012",
            DistrictId = await _database.RegionIdAsync("UB-BZ"),
            RegionId = await _database.RegionIdAsync("MN-073"),
        };

        var result = await UseCase.RunAsync(input, _operator);

        Assert.Equal("Case.SubjectRequired", result.Errors["Subject"]);
        Assert.Equal("Case.DescriptionTooLong", result.Errors["Description"]);
        Assert.Equal("Case.PhoneInvalid", result.Errors["Phone"]);
        Assert.Equal("Case.EmailInvalid", result.Errors["Email"]);
        Assert.Equal("Case.RegisterNumberInvalid", result.Errors["RegisterNumber"]);
        Assert.Equal("Case.DistrictUnknown", result.Errors["DistrictId"]);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task Register_UnknownOrFirstLevelTopic_IsRefused()
    {
        var unknown = await UseCase.RunAsync(await ValidInputAsync() with { TopicId = 99999 }, _operator);
        var firstLevel = await UseCase.RunAsync(await ValidInputAsync() with { TopicId = await _database.TopicIdAsync("UTIL") }, _operator);

        Assert.Equal("Case.TopicUnknown", unknown.Errors["TopicId"]);
        Assert.Equal("Case.TopicUnknown", firstLevel.Errors["TopicId"]);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task Register_EnquiryAnsweredOnTheCall_IsClosedWithTheAnswerAndNotRouted()
    {
        var input = await ValidInputAsync() with { Type = CaseType.Enquiry, CloseAtFirstContact = true, FirstContactAnswer = "Дулааны хуваарийг хэлж өглөө." };

        var result = await UseCase.RunAsync(input, _operator);

        await using var db = _database.CreateDbContext();
        var saved = await db.Cases.SingleAsync(c => c.Id == result.Value!.CaseId);
        Assert.Equal(CaseStatus.Closed, saved.Status);
        Assert.Null(saved.AssignedOrganisationId);
        Assert.Equal("Дулааны хуваарийг хэлж өглөө.", saved.FirstContactAnswer);
    }

    [Fact]
    public async Task Register_ComplaintClosedAtFirstContact_IsRefused()
    {
        var input = await ValidInputAsync() with { CloseAtFirstContact = true, FirstContactAnswer = "..." };

        var result = await UseCase.RunAsync(input, _operator);

        Assert.Equal("Case.OnlyEnquiriesCloseAtFirstContact", result.Errors["FirstContactAnswer"]);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task Register_ByAnAgencyOfficer_Throws()
    {
        var officer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");

        await Assert.ThrowsAsync<DomainException>(async () => await UseCase.RunAsync(await ValidInputAsync(), officer));
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task Register_JustAfterMidnightInUlaanbaatar_NumbersInTheNewYear()
    {
        _clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero));

        var result = await UseCase.RunAsync(await ValidInputAsync(), _operator);

        Assert.StartsWith("27-000001-", result.Value!.Reference);
    }

    [Fact]
    public async Task Register_ManyOperatorsAtOnce_NeverShareAReferenceNumber()
    {
        var input = await ValidInputAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Task.Run(() => UseCase.RunAsync(input, _operator))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        var sequences = results.Select(r => ReferenceNumber.Parse(r.Value!.Reference!).Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 24), sequences);
    }

    private async Task AssertNothingSavedAsync()
    {
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.Cases.CountAsync());
        Assert.Equal(0, await db.CaseEvents.CountAsync());
    }
}
