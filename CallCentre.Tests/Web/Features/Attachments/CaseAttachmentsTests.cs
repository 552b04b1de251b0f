using System.Security.Claims;
using Bunit;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Domain.Attachments;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CallCentre.Tests.Web.Features.Attachments;

public sealed class CaseAttachmentsTests : BunitContext, IAsyncLifetime
{
    private readonly AttachmentFolder _folder = new();
    private SeededDatabase _database = null!;
    private int _caseId;
    private int _recordingId;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        var settings = new AttachmentSettings { Folder = _folder.Path };
        var store = new AttachmentStore(settings);
        var registrar = await _database.AddActorAsync(Roles.Operator, "CC1111");
        _caseId = await AddAttachmentTests.CreateCaseAsync(_database, registrar, TimeProvider.System);
        var added = await new AddAttachment(_database.Database, store, TimeProvider.System)
            .RunAsync(new AddAttachmentInput(_caseId, "дуудлага.mp3", new MemoryStream(SampleFiles.Mp3Frame())), registrar);
        _recordingId = added.AttachmentId!.Value;

        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<IDbContextFactory<CallCentreDbContext>>(_database.Database);
        Services.AddSingleton(settings);
        Services.AddSingleton(store);
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<ListAttachments>();
        Services.AddScoped<AddAttachment>();
        Services.AddScoped<ReleaseAttachment>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        _folder.Dispose();
    }

    private async Task SignInAsync(string role, string? organisation)
    {
        var actor = await _database.AddActorAsync(role, organisation);
        var authorization = AddAuthorization();
        authorization.SetAuthorized(actor.DisplayName);
        authorization.SetRoles(role);
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, actor.UserId) };
        if (actor.OrganisationId is { } organisationId)
        {
            claims.Add(new Claim(CallCentreClaims.OrganisationId, organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        authorization.SetClaims([.. claims]);
    }

    [Fact]
    public async Task Component_ForTheAssignedAgency_ListsFilesPlaysRecordingsAndOffersUpload()
    {
        await SignInAsync(Roles.AgencyOfficer, "USUG");

        var component = Render<CaseAttachments>(p => p.Add(c => c.CaseId, _caseId));

        component.WaitForAssertion(() => Assert.Single(component.FindAll("[data-testid=attachment-row]")), TimeSpan.FromSeconds(10));
        Assert.Contains("дуудлага.mp3", component.Find("[data-testid=attachment-row]").TextContent, StringComparison.Ordinal);
        Assert.Equal($"/cases/{_caseId}/attachments/{_recordingId}", component.Find("audio").GetAttribute("src"));
        Assert.NotEmpty(component.FindAll("[data-testid=attachment-browse]"));
    }

    [Fact]
    public async Task Component_ForAnAuditor_ListsFilesButOffersNoUpload()
    {
        await SignInAsync(Roles.Auditor, null);

        var component = Render<CaseAttachments>(p => p.Add(c => c.CaseId, _caseId));

        component.WaitForAssertion(() => Assert.Single(component.FindAll("[data-testid=attachment-row]")), TimeSpan.FromSeconds(10));
        Assert.Empty(component.FindAll("[data-testid=attachment-browse]"));
    }

    [Fact]
    public async Task Component_ForAnotherOrganisationsAgency_ShowsNoFiles()
    {
        await SignInAsync(Roles.AgencyOfficer, "GPD");

        var component = Render<CaseAttachments>(p => p.Add(c => c.CaseId, _caseId));

        component.WaitForElement("[data-testid=attachments-not-found]", TimeSpan.FromSeconds(10));
        Assert.Empty(component.FindAll("[data-testid=attachment-row]"));
        Assert.DoesNotContain("дуудлага.mp3", component.Markup, StringComparison.Ordinal);
    }
}
