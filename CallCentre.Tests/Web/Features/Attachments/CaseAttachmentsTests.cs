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

public sealed class CaseAttachmentsTests : CallCentreBunitContext
{
    private readonly AttachmentFolder _folder = new();
    private int _caseId;
    private int _recordingId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var settings = new AttachmentSettings { Folder = _folder.Path };
        var store = new AttachmentStore(settings);
        var registrar = await Database.AddActorAsync(Roles.Operator, "CC1111");
        _caseId = await AddAttachmentTests.CreateCaseAsync(Database, registrar, TimeProvider.System);
        var added = await new AddAttachment(Database.Database, store, TimeProvider.System)
            .RunAsync(new AddAttachmentInput(_caseId, "дуудлага.mp3", new MemoryStream(SampleFiles.Mp3Frame())), registrar);
        _recordingId = added.Value;

        Services.AddSingleton(settings);
    }

    protected override ValueTask DisposeTestAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task SignInAsync(string role, string? organisation)
    {
        var actor = await Database.AddActorAsync(role, organisation);
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
