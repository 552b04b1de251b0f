using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Privacy;
using CallCentre.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Cases;

/// <summary>Who sees which cases, and how much of their callers: every query goes through the same scope.</summary>
public sealed class CaseVisibilityTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private Actor _operator = null!;
    private Actor _usugOfficer = null!;
    private RegisteredCase _usugCase = null!;
    private RegisteredCase _unitCase = null!;
    private RegisteredCase _gpdCase = null!;
    private RegisteredCase _confidentialUsugCase = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        await _database.AddUnitAsync("USUG", "USUG-EAST");
        _operator = await _database.AddActorAsync(Roles.Operator, "CC1111");
        _usugOfficer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");
        _usugCase = await Register(new() { Subject = "Баянзүрхэд халуун ус алга", Phone = "99112233" });
        _unitCase = await Register(new() { Subject = "Баянзүрхэд ус алдаж байна", Phone = "99112244", Organisation = "USUG-EAST" });
        _gpdCase = await Register(new() { Subject = "Баянзүрхэд хулгай гарлаа", Phone = "88001122", Topic = "ORDER-POLICE" });
        _confidentialUsugCase = await Register(new()
        {
            Subject = "Усны тоолуур", Phone = "95556677", IsConfidential = true, RegisterNumber = "УБ99031512", Email = "bat@example.mn",
        });
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private SearchCases Search => new(_database.Database);

    private GetCaseDetails Details => new(_database.Database);

    [Fact]
    public async Task List_AgencyOfficer_SeesTheOrganisationsAndItsUnitsCasesOnly()
    {
        var result = await Search.RunAsync(new SearchCasesInput(), _usugOfficer);

        Assert.Equal(
            new[] { _usugCase.CaseId, _unitCase.CaseId, _confidentialUsugCase.CaseId }.Order(),
            result.Rows.Select(r => r.Id).Order());
        Assert.Equal(3, result.Total);
    }

    [Fact]
    public async Task List_AgencyHeadOfTheParent_SeesTheWholeSubtree()
    {
        var cityHead = await _database.AddActorAsync(Roles.AgencyHead, "CGO");

        var result = await Search.RunAsync(new SearchCasesInput(), cityHead);

        Assert.Equal(3, result.Total);
        Assert.DoesNotContain(result.Rows, r => r.Id == _gpdCase.CaseId);
    }

    [Fact]
    public async Task List_OtherAgency_SeesNoneOfThem()
    {
        var gpdOfficer = await _database.AddActorAsync(Roles.AgencyOfficer, "GPD");

        var result = await Search.RunAsync(new SearchCasesInput(), gpdOfficer);

        Assert.Equal([_gpdCase.CaseId], result.Rows.Select(r => (int?)r.Id));
        Assert.Equal(1, result.Total);
    }

    [Theory]
    [InlineData(Roles.Operator)]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Administrator)]
    public async Task List_CentreAuditAndAdministration_SeeEveryCase(string role)
    {
        var actor = await _database.AddActorAsync(role);

        Assert.Equal(4, (await Search.RunAsync(new SearchCasesInput(), actor)).Total);
    }

    [Fact]
    public async Task List_UserWithoutRole_OrAgencyUserWithoutOrganisation_SeesNothing()
    {
        var nobody = new Actor("x", "Nobody", new HashSet<string>(), null);
        var homeless = new Actor("y", "Officer", new HashSet<string> { Roles.AgencyOfficer }, null);

        Assert.Equal(0, (await Search.RunAsync(new SearchCasesInput(), nobody)).Total);
        Assert.Equal(0, (await Search.RunAsync(new SearchCasesInput(), homeless)).Total);
        Assert.Null(await Details.RunAsync(new GetCaseDetailsInput(_usugCase.CaseId), homeless));
    }

    [Fact]
    public async Task SearchByReference_OtherOrganisationsCase_FindsNothing()
    {
        var result = await Search.RunAsync(new SearchCasesInput { Text = _gpdCase.Reference }, _usugOfficer);

        Assert.Equal(CaseSearchKind.Reference, result.Kind);
        Assert.Empty(result.Rows);
        Assert.Equal(0, result.Total);
        Assert.Null(result.ExactMatchId);
    }

    [Fact]
    public async Task SearchByPhone_OtherOrganisationsCase_FindsNothing()
    {
        var result = await Search.RunAsync(new SearchCasesInput { Text = "8800-1122" }, _usugOfficer);

        Assert.Equal(CaseSearchKind.Phone, result.Kind);
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task SearchByWord_FindsOnlyTheAgencysOwnCases()
    {
        var asOfficer = await Search.RunAsync(new SearchCasesInput { Text = "Баянзүрх" }, _usugOfficer);
        var asOperator = await Search.RunAsync(new SearchCasesInput { Text = "Баянзүрх" }, _operator);

        Assert.Equal(2, asOfficer.Total);
        Assert.DoesNotContain(asOfficer.Rows, r => r.Id == _gpdCase.CaseId);
        Assert.Equal(3, asOperator.Total);
        Assert.Equal(0, (await Search.RunAsync(new SearchCasesInput { Text = "хулгай" }, _usugOfficer)).Total);
    }

    [Fact]
    public async Task Details_OtherOrganisationsCase_IsNotFound_JustLikeAMissingOne()
    {
        Assert.Null(await Details.RunAsync(new GetCaseDetailsInput(_gpdCase.CaseId), _usugOfficer));
        Assert.Null(await Details.RunAsync(new GetCaseDetailsInput(987_654), _usugOfficer));
        Assert.NotNull(await Details.RunAsync(new GetCaseDetailsInput(_unitCase.CaseId), _usugOfficer));
    }

    [Fact]
    public async Task Details_ConfidentialCaller_IsHiddenFromTheAgency()
    {
        var details = await Details.RunAsync(new GetCaseDetailsInput(_confidentialUsugCase.CaseId), _usugOfficer);

        Assert.Equal(CallerMask.Confidential, details!.Caller.Mask);
        Assert.Null(details.Caller.Name);
        Assert.Null(details.Caller.Phone);
        Assert.Null(details.Caller.Email);
        Assert.Null(details.Caller.RegisterNumber);
    }

    [Fact]
    public async Task Details_OrdinaryCaller_IsShownToTheAgency()
    {
        var details = await Details.RunAsync(new GetCaseDetailsInput(_usugCase.CaseId), _usugOfficer);

        Assert.Equal(CallerMask.None, details!.Caller.Mask);
        Assert.Equal("Бат-Эрдэнэ Дорж", details.Caller.Name);
        Assert.Equal("9911-2233", details.Caller.Phone);
    }

    [Fact]
    public async Task Details_Auditor_SeesPersonalDataMasked()
    {
        var auditor = await _database.AddActorAsync(Roles.Auditor);

        var details = await Details.RunAsync(new GetCaseDetailsInput(_confidentialUsugCase.CaseId), auditor);

        Assert.Equal(CallerMask.PersonalData, details!.Caller.Mask);
        Assert.Equal("Б•••", details.Caller.Name);
        Assert.Equal("•••77", details.Caller.Phone);
        Assert.Equal("•••@example.mn", details.Caller.Email);
        Assert.Equal("УБ******12", details.Caller.RegisterNumber);
        // Free text is personal too, also in the progress part the page takes from the shared loader.
        Assert.Equal(PersonalData.Hidden, details.Description);
        Assert.Contains(details.Timeline, e => e.Text is not null);
        Assert.All(details.Timeline.Where(e => e.Text is not null), e => Assert.Equal(PersonalData.Hidden, e.Text));
    }

    [Fact]
    public async Task Details_Operator_SeesTheConfidentialCaller()
    {
        var details = await Details.RunAsync(new GetCaseDetailsInput(_confidentialUsugCase.CaseId), _operator);

        Assert.Equal(CallerMask.None, details!.Caller.Mask);
        Assert.Equal("Бат-Эрдэнэ Дорж", details.Caller.Name);
        Assert.Equal("9555-6677", details.Caller.Phone);
        Assert.Equal("УБ99031512", details.Caller.RegisterNumber);
    }

    [Fact]
    public async Task SearchByPhone_ConfidentialCase_DoesNotTellTheAgencyWhoCalled()
    {
        var asOfficer = await Search.RunAsync(new SearchCasesInput { Text = "95556677" }, _usugOfficer);
        var asOperator = await Search.RunAsync(new SearchCasesInput { Text = "95556677" }, _operator);

        Assert.Equal(0, asOfficer.Total);
        Assert.Equal([_confidentialUsugCase.CaseId], asOperator.Rows.Select(r => (int?)r.Id));
    }

    [Fact]
    public async Task SearchByPhone_Auditor_CannotFindAPersonsCases()
    {
        var auditor = await _database.AddActorAsync(Roles.Auditor);

        Assert.Equal(0, (await Search.RunAsync(new SearchCasesInput { Text = "99112233" }, auditor)).Total);
    }

    [Fact]
    public async Task FilterChoices_Agency_OfferOnlyItsOwnOrganisations()
    {
        var choices = await new ListCaseFilterChoices(_database.Database).RunAsync(new ListCaseFilterChoicesInput(), _usugOfficer);

        Assert.Equal(
            new[] { await _database.OrganisationIdAsync("USUG"), await _database.OrganisationIdAsync("USUG-EAST") }.Order(),
            choices.Organisations.Select(o => o.Id).Order());
    }

    [Fact]
    public async Task FilterByOrganisation_OutsideTheAgencysView_FindsNothing()
    {
        var result = await Search.RunAsync(new SearchCasesInput { OrganisationId = await _database.OrganisationIdAsync("GPD") }, _usugOfficer);

        Assert.Equal(0, result.Total);
    }

    private Task<RegisteredCase> Register(CaseSeeding.CallSpec spec)
    {
        _clock.Advance(TimeSpan.FromMinutes(5));
        return _database.RegisterAsync(_operator, _clock, spec);
    }
}
