using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Cases;

public sealed class SearchCasesTests : IAsyncLifetime
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

    private SearchCases Search => new(_database.Database);

    private Task<SearchCasesResult> RunAsync(SearchCasesInput input) => Search.RunAsync(input, _operator);

    [Fact]
    public async Task Reference_WithOrWithoutDashes_GoesStraightToTheCase()
    {
        var target = await Register(new());
        await Register(new());
        var digits = target.Reference!.Replace("-", "", StringComparison.Ordinal);

        foreach (var text in new[] { target.Reference, digits, " " + target.Reference.Replace("-", " ", StringComparison.Ordinal) + " " })
        {
            var result = await RunAsync(new SearchCasesInput { Text = text });

            Assert.Equal(CaseSearchKind.Reference, result.Kind);
            Assert.Equal(target.CaseId, result.ExactMatchId);
            Assert.Equal([target.CaseId], result.Rows.Select(r => (int?)r.Id));
        }
    }

    [Fact]
    public async Task Reference_WithoutTheCheckDigit_FindsTheCase()
    {
        var target = await Register(new());

        var result = await RunAsync(new SearchCasesInput { Text = target.Reference![..9] });

        Assert.Equal([target.CaseId], result.Rows.Select(r => (int?)r.Id));
    }

    [Fact]
    public async Task Reference_WithAWrongCheckDigit_FindsNothing()
    {
        var target = await Register(new());
        var wrongDigit = (target.Reference![^1] - '0' + 1) % 10;

        var result = await RunAsync(new SearchCasesInput { Text = target.Reference[..^1] + wrongDigit });

        Assert.Empty(result.Rows);
        Assert.Null(result.ExactMatchId);
    }

    [Theory]
    [InlineData("9911 2233")]
    [InlineData("+976 9911-2233")]
    [InlineData("00976 (9911) 22.33")]
    public async Task Phone_InAnyFormat_FindsThatCallersCases(string typed)
    {
        var first = await Register(new() { Phone = "99112233" });
        var second = await Register(new() { Phone = "+976 99 11 22 33" });
        await Register(new() { Phone = "88112233" });

        var result = await RunAsync(new SearchCasesInput { Text = typed });

        Assert.Equal(CaseSearchKind.Phone, result.Kind);
        Assert.Equal(new[] { second.CaseId, first.CaseId }, result.Rows.Select(r => r.Id));
    }

    [Theory]
    [InlineData("Баянзүрх")]
    [InlineData("баянзүр")]
    [InlineData("Bayanzurkh")]
    [InlineData("bayanzürkh")]
    [InlineData("BAYANZURH")]
    public async Task Words_CyrillicOrItsLatinTransliteration_FindTheCase(string typed)
    {
        var target = await Register(new() { Subject = "Баянзүрх дүүргийн халуун ус", Description = "Гурав хоног халуун усгүй байна." });
        await Register(new() { Subject = "Сүхбаатар дүүрэгт гэрэлтүүлэг асахгүй", Description = "Гудамжны гэрэл ажиллахгүй байна." });

        var result = await RunAsync(new SearchCasesInput { Text = typed });

        Assert.Equal(CaseSearchKind.Words, result.Kind);
        Assert.Equal([target.CaseId], result.Rows.Select(r => (int?)r.Id));
    }

    [Fact]
    public async Task Words_FindTheDescriptionToo_AndEveryWordMustMatch()
    {
        var target = await Register(new() { Subject = "Ус", Description = "Гурав хоног халуун усгүй байна, Khan-Uul." });
        await Register(new() { Subject = "Гэрэл", Description = "Халуун орой гэрэл асахгүй." });

        Assert.Equal([target.CaseId], (await RunAsync(new SearchCasesInput { Text = "хоног" })).Rows.Select(r => (int?)r.Id));
        Assert.Equal([target.CaseId], (await RunAsync(new SearchCasesInput { Text = "халуун хан-уул" })).Rows.Select(r => (int?)r.Id));
        Assert.Equal(2, (await RunAsync(new SearchCasesInput { Text = "халуун" })).Total);
        Assert.Equal(0, (await RunAsync(new SearchCasesInput { Text = "халуун хулгай" })).Total);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(2)]
    public async Task Words_RareOrCommon_FindTheSameCasesNewestFirst(int commonKeyEntries)
    {
        var first = await Register(new() { Subject = "Халуун ус алга", Description = "Хоёр хоног." });
        await Register(new() { Subject = "Гэрэл асахгүй", Description = "Гудамжинд." });
        var third = await Register(new() { Subject = "Ус халуун биш", Description = "Өглөө бүр.", Type = CaseType.Request });
        var fourth = await Register(new() { Subject = "Халуун ус", Description = "Khan-Uul" });
        var search = new SearchCases(_database.Database) { CommonKeyEntries = commonKeyEntries };

        var oneWord = await search.RunAsync(new SearchCasesInput { Text = "халуун" }, _operator);
        var twoWords = await search.RunAsync(new SearchCasesInput { Text = "халуун хан" }, _operator);
        var withFilter = await search.RunAsync(new SearchCasesInput { Text = "халуун", Type = CaseType.Complaint, PageSize = 2 }, _operator);
        var byReference = await search.RunAsync(new SearchCasesInput { Text = "халуун", SortBy = CaseSort.Reference, Descending = false }, _operator);

        Assert.Equal([fourth.CaseId, third.CaseId, first.CaseId], oneWord.Rows.Select(r => (int?)r.Id));
        Assert.Equal(3, oneWord.Total);
        Assert.Equal([fourth.CaseId], twoWords.Rows.Select(r => (int?)r.Id));
        Assert.Equal([fourth.CaseId, first.CaseId], withFilter.Rows.Select(r => (int?)r.Id));
        Assert.Equal(2, withFilter.Total);
        Assert.Equal([first.CaseId, third.CaseId, fourth.CaseId], byReference.Rows.Select(r => (int?)r.Id));
    }

    [Fact]
    public async Task Paging_ReturnsOnePageAndCountsAll_NewestFirst()
    {
        var ids = new List<int?>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await Register(new())).CaseId);
        }

        var first = await RunAsync(new SearchCasesInput { PageSize = 2 });
        var last = await RunAsync(new SearchCasesInput { PageSize = 2, Page = 2 });

        Assert.Equal(5, first.Total);
        Assert.False(first.TotalIsCapped);
        Assert.Equal([ids[4], ids[3]], first.Rows.Select(r => (int?)r.Id));
        Assert.Equal([ids[0]], last.Rows.Select(r => (int?)r.Id));
    }

    [Fact]
    public async Task Sorting_ByReferenceStatusAndType_OrdersInTheDatabase()
    {
        var complaint = await Register(new() { Type = CaseType.Complaint });
        var enquiry = await Register(new() { Type = CaseType.Enquiry });
        var request = await Register(new() { Type = CaseType.Request });

        var byReference = await RunAsync(new SearchCasesInput { SortBy = CaseSort.Reference, Descending = false });
        var byType = await RunAsync(new SearchCasesInput { SortBy = CaseSort.Type, Descending = false });
        var byTypeDescending = await RunAsync(new SearchCasesInput { SortBy = CaseSort.Type, Descending = true });

        Assert.Equal([complaint.CaseId, enquiry.CaseId, request.CaseId], byReference.Rows.Select(r => (int?)r.Id));
        Assert.Equal([complaint.CaseId, request.CaseId, enquiry.CaseId], byType.Rows.Select(r => (int?)r.Id));
        Assert.Equal([enquiry.CaseId, request.CaseId, complaint.CaseId], byTypeDescending.Rows.Select(r => (int?)r.Id));
    }

    [Fact]
    public async Task Sorting_ByOrganisation_UsesTheNameInTheViewersLanguage()
    {
        var water = await Register(new() { Topic = "UTIL-WATER" });
        var police = await Register(new() { Topic = "ORDER-POLICE" });

        var english = await RunAsync(new SearchCasesInput { SortBy = CaseSort.Organisation, Descending = false, Language = Language.English });
        var mongolian = await RunAsync(new SearchCasesInput { SortBy = CaseSort.Organisation, Descending = false, Language = Language.Mongolian });

        // "General Police Department" < "Water Supply…"; "Ус сувгийн…" < "Цагдаагийн…".
        Assert.Equal([police.CaseId, water.CaseId], english.Rows.Select(r => (int?)r.Id));
        Assert.Equal([water.CaseId, police.CaseId], mongolian.Rows.Select(r => (int?)r.Id));
        Assert.Equal("General Police Department", english.Rows[0].Organisation);
    }

    [Fact]
    public async Task Filters_Combined_NarrowToTheCasesMatchingAll()
    {
        var match = await Register(new() { Type = CaseType.Request, Channel = Channel.Web, Topic = "UTIL-WATER" });
        await Register(new() { Type = CaseType.Request, Channel = Channel.Phone, Topic = "UTIL-WATER" });
        await Register(new() { Type = CaseType.Complaint, Channel = Channel.Web, Topic = "UTIL-WATER" });
        await Register(new() { Type = CaseType.Request, Channel = Channel.Web, Topic = "ORDER-POLICE" });
        await Register(new() { Type = CaseType.Request, Channel = Channel.Web, Topic = "UTIL-WATER", Region = "MN-073", District = null, Organisation = "USUG" });

        var result = await RunAsync(new SearchCasesInput
        {
            Type = CaseType.Request,
            Channel = Channel.Web,
            TopicId = await _database.TopicIdAsync("UTIL"),
            OrganisationId = await _database.OrganisationIdAsync("USUG"),
            RegionId = await _database.RegionIdAsync("MN-1"),
            Status = CaseStatus.Assigned,
        });

        Assert.Equal([match.CaseId], result.Rows.Select(r => (int?)r.Id));
        Assert.Equal(1, result.Total);
    }

    [Fact]
    public async Task Filters_DistrictAndTextTogether_Combine()
    {
        var match = await Register(new() { Subject = "Ус алга", District = "UB-BZ" });
        await Register(new() { Subject = "Ус алга", District = "UB-SB" });

        var result = await RunAsync(new SearchCasesInput { Text = "ус", RegionId = await _database.RegionIdAsync("UB-BZ") });

        Assert.Equal([match.CaseId], result.Rows.Select(r => (int?)r.Id));
    }

    [Fact]
    public async Task DateRange_CountsDaysInUlaanbaatar()
    {
        // 2026-03-02 15:00 UTC is 23:00 in Ulaanbaatar; 16:30 UTC is already 3 March there.
        _clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero));
        var second = await _database.RegisterAsync(_operator, _clock);
        _clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 16, 30, 0, TimeSpan.Zero));
        var third = await _database.RegisterAsync(_operator, _clock);

        var onSecond = await RunAsync(new SearchCasesInput { From = new DateOnly(2026, 3, 2), To = new DateOnly(2026, 3, 2) });
        var fromThird = await RunAsync(new SearchCasesInput { From = new DateOnly(2026, 3, 3) });

        Assert.Equal([second.CaseId], onSecond.Rows.Select(r => (int?)r.Id));
        Assert.Equal([third.CaseId], fromThird.Rows.Select(r => (int?)r.Id));
    }

    [Fact]
    public async Task Rows_CarryNamesForTheList()
    {
        await Register(new() { Topic = "UTIL-WATER", District = "UB-BZ" });

        var row = (await RunAsync(new SearchCasesInput { Language = Language.English })).Rows.Single();

        Assert.Equal("Water and sewerage", row.Topic);
        Assert.Equal("Ulaanbaatar", row.Region);
        Assert.Equal("Bayanzürkh", row.District);
        Assert.Equal(CaseStatus.Assigned, row.Status);
    }

    [Fact]
    public async Task SortByRespondBy_SoonestDeadlineFirst_CasesWithoutOneBeforeThem()
    {
        var sooner = await Register(new());
        _clock.Advance(TimeSpan.FromDays(1));
        var later = await Register(new());
        _clock.Advance(TimeSpan.FromDays(1));
        var answered = await new RegisterCase(_database.Database, _clock).RunAsync(
            new RegisterCaseInput
            {
                Type = CaseType.Enquiry,
                TopicId = await _database.TopicIdAsync("UTIL-WATER"),
                Subject = "Халуун усны хуваарь",
                Description = "Хэзээ халуун ус орох вэ?",
                CallerName = "Бат Дорж",
                Phone = "99112244",
                CloseAtFirstContact = true,
                FirstContactAnswer = "Хуваарийг хэлсэн.",
            },
            _operator);

        var ascending = await RunAsync(new SearchCasesInput { SortBy = CaseSort.RespondBy, Descending = false });
        var descending = await RunAsync(new SearchCasesInput { SortBy = CaseSort.RespondBy, Descending = true });

        Assert.Equal([answered.Value!.CaseId, sooner.CaseId, later.CaseId], ascending.Rows.Select(r => (int?)r.Id));
        Assert.Equal([later.CaseId, sooner.CaseId, answered.Value!.CaseId], descending.Rows.Select(r => (int?)r.Id));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime.AddDays(-2).AddMinutes(-5) + CaseRules.StatutoryResponsePeriod, ascending.Rows[1].RespondByUtc);
        Assert.Null(ascending.Rows[0].RespondByUtc);
    }

    private Task<RegisteredCase> Register(CaseSeeding.CallSpec spec)
    {
        _clock.Advance(TimeSpan.FromMinutes(5));
        return _database.RegisterAsync(_operator, _clock, spec);
    }
}
