using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Workflow;
using CallCentre.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Workflow;

public sealed class ResponseTemplateTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private int _usug;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _usug = await _database.OrganisationIdAsync("USUG");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private SaveResponseTemplate Save => new(_database.Database, _clock);

    private ListResponseTemplates List => new(_database.Database);

    private ListCaseResponseTemplates ListForCase => new(_database.Database);

    [Fact]
    public async Task Head_SavesAndEditsTemplates_WhichTheRespondDialogOfTheOrganisationsCasesLists()
    {
        var head = await _database.AddActorAsync(Roles.AgencyHead, "USUG");
        var officer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");
        var @operator = await _database.AddActorAsync(Roles.Operator, "CC1111");
        var caseId = (await _database.RegisterAsync(@operator, _clock)).CaseId;

        Assert.Empty((await Save.RunAsync(new SaveResponseTemplateInput(null, _usug, "Засвар", "Засвар хийгдсэн."), head)).Errors);
        var saved = Assert.Single(await List.RunAsync(new ListResponseTemplatesInput(_usug), head));
        Assert.Empty((await Save.RunAsync(new SaveResponseTemplateInput(saved.Id, _usug, "Засвар хийсэн", "Шугамыг засав."), head)).Errors);

        var forCase = Assert.Single(await ListForCase.RunAsync(new ListCaseResponseTemplatesInput(caseId), officer));
        Assert.Equal(("Засвар хийсэн", "Шугамыг засав."), (forCase.Title, forCase.Text));
    }

    [Fact]
    public async Task Save_WithoutTitleOrText_ReturnsFieldErrors_AndSavesNothing()
    {
        var head = await _database.AddActorAsync(Roles.AgencyHead, "USUG");

        var errors = (await Save.RunAsync(new SaveResponseTemplateInput(null, _usug, " ", null), head)).Errors;

        Assert.Equal("Template.TitleRequired", errors["Title"]);
        Assert.Equal("Case.ResponseRequired", errors["Text"]);
        Assert.Empty(await List.RunAsync(new ListResponseTemplatesInput(_usug), head));
    }

    [Fact]
    public async Task OfficersAndOtherOrganisationsHeads_CannotEdit_NorSeeTheTemplatesOfACaseTheyCannotSee()
    {
        var head = await _database.AddActorAsync(Roles.AgencyHead, "USUG");
        var officer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");
        var stranger = await _database.AddActorAsync(Roles.AgencyHead, "MOH");
        var @operator = await _database.AddActorAsync(Roles.Operator, "CC1111");
        var caseId = (await _database.RegisterAsync(@operator, _clock)).CaseId;
        await Save.RunAsync(new SaveResponseTemplateInput(null, _usug, "Засвар", "Засвар хийгдсэн."), head);
        var id = (await List.RunAsync(new ListResponseTemplatesInput(_usug), head))[0].Id;

        await Assert.ThrowsAsync<DomainException>(() => Save.RunAsync(new SaveResponseTemplateInput(null, _usug, "A", "B"), officer));
        await Assert.ThrowsAsync<DomainException>(() => Save.RunAsync(new SaveResponseTemplateInput(id, _usug, "A", "B"), stranger));
        await Assert.ThrowsAsync<DomainException>(() => new DeleteResponseTemplate(_database.Database).RunAsync(new DeleteResponseTemplateInput(_usug, id), stranger));
        Assert.Empty(await List.RunAsync(new ListResponseTemplatesInput(_usug), stranger));
        Assert.Empty(await ListForCase.RunAsync(new ListCaseResponseTemplatesInput(caseId), stranger));
        Assert.Equal("Засвар", Assert.Single(await List.RunAsync(new ListResponseTemplatesInput(_usug), head)).Title);
    }

    [Fact]
    public async Task Administrator_EditsAnyOrganisationsTemplates_AndDeletesThem()
    {
        var admin = await _database.AddActorAsync(Roles.Administrator);
        await Save.RunAsync(new SaveResponseTemplateInput(null, _usug, "Засвар", "Засвар хийгдсэн."), admin);
        var id = (await List.RunAsync(new ListResponseTemplatesInput(_usug), admin))[0].Id;

        await new DeleteResponseTemplate(_database.Database).RunAsync(new DeleteResponseTemplateInput(_usug, id), admin);

        Assert.Empty(await List.RunAsync(new ListResponseTemplatesInput(_usug), admin));
    }
}
