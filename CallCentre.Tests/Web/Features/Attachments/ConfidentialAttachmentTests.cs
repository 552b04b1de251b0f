using System.Net;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Workflow;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Web.Features.Attachments;

/// <summary>Confidential means sealed: the agency gets no recording, no unreleased file and no file name, on any door.</summary>
public sealed class ConfidentialAttachmentTests : IAsyncLifetime, IDisposable
{
    // Recordings are often named by the caller's phone number.
    private const string Phone = "99117788";
    private readonly AttachmentFolder _folder = new();
    private readonly CallCentreWebFactory _factory = new();
    private int _caseId;
    private readonly Dictionary<string, int> _files = [];

    public async Task InitializeAsync()
    {
        _factory.Settings["Attachments:Folder"] = _folder.Path;
        using var scope = _factory.Services.CreateScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CallCentreDbContext>>();
        Actor registrar;
        int topic;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var user = await db.Users.SingleAsync(u => u.Email == "operator@demo.1111.mn");
            registrar = new Actor(user.Id, user.DisplayName, new HashSet<string> { Roles.Operator }, user.OrganisationId);
            topic = await db.Topics.Where(t => t.Code == "UTIL-WATER").Select(t => t.Id).SingleAsync();
        }

        var registered = await new RegisterCase(dbFactory, TimeProvider.System).RunAsync(
            new RegisterCaseInput { TopicId = topic, Subject = "Тоолуурын луйвар", Description = "Нууцлалтай гомдол.", CallerName = "Нууц иргэн", Phone = Phone, IsConfidential = true },
            registrar);
        _caseId = registered.Value!.CaseId;
        var add = scope.ServiceProvider.GetRequiredService<AddAttachment>();
        foreach (var (name, bytes) in new[] { ($"{Phone}.mp3", SampleFiles.Mp3WithId3Tag()), ($"{Phone}-door.jpg", SampleFiles.Jpeg()), ($"{Phone}-letter.pdf", SampleFiles.Pdf()) })
        {
            _files[name] = (await add.RunAsync(new AddAttachmentInput(_caseId, name, new MemoryStream(bytes)), registrar)).Value;
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    private string Url(string name) => $"/cases/{_caseId}/attachments/{_files[name]}";

    [Fact]
    public async Task AgencyOfficer_Gets404ForEveryFile_AndSeesNoFileNameOnTheCasePage_UntilASupervisorReleasesOne()
    {
        var officer = await WebSignIn.ClientForAsync(_factory, "officer.usug@demo.1111.mn");
        foreach (var name in _files.Keys)
        {
            using var refused = await officer.GetAsync(Url(name));
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        var page = await officer.GetStringAsync($"/cases/{_caseId}");
        Assert.DoesNotContain(Phone, page, StringComparison.Ordinal);
        Assert.DoesNotContain("door", page, StringComparison.Ordinal);

        // The case as the officer's page loads it (and reloads it on every live change): no file, no name in the timeline.
        var details = await DetailsForAsync("officer.usug@demo.1111.mn");
        Assert.Empty(details.Attachments);
        Assert.All(details.Timeline.Where(e => e.Kind == CaseEventKind.AttachmentAdded), e => Assert.Null(e.Text));
        Assert.Equal(3, details.Timeline.Count(e => e.Kind == CaseEventKind.AttachmentAdded));

        await ReleaseAsync($"{Phone}-door.jpg");
        await ReleaseAsync($"{Phone}.mp3", expectRefusal: "Attachment.RecordingNeverReleased");

        using var released = await officer.GetAsync(Url($"{Phone}-door.jpg"));
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal($"attachment-{_files[$"{Phone}-door.jpg"]}.jpg", released.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(Url($"{Phone}.mp3"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(Url($"{Phone}-letter.pdf"))).StatusCode);
        var after = await DetailsForAsync("officer.usug@demo.1111.mn");
        Assert.Equal([$"attachment-{_files[$"{Phone}-door.jpg"]}.jpg"], after.Attachments.Select(a => a.FileName));

        // The call centre still sees every file by its name.
        var supervisor = await DetailsForAsync("supervisor@demo.1111.mn");
        Assert.Equal(3, supervisor.Attachments.Count);
        Assert.Contains(supervisor.Attachments, a => a.FileName == $"{Phone}.mp3");
    }

    [Fact]
    public async Task AMoveByTheAgency_AnswersWithProgressThatNamesNoFile()
    {
        var officer = await ActorAsync("officer.usug@demo.1111.mn");
        var before = await DetailsForAsync("officer.usug@demo.1111.mn");

        await using var scope = _factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ActOnCase>().RunAsync(
            new ActOnCaseInput(new AcknowledgeMove { CaseId = _caseId, ExpectedStamp = before.Work.ConcurrencyStamp }), officer);

        // The page applies the move's progress instead of reloading: it must hide what the page hides.
        Assert.Equal(CaseMoveOutcome.Done, result.Outcome);
        var progress = result.Progress!;
        Assert.Equal(3, progress.Timeline.Count(e => e.Kind == CaseEventKind.AttachmentAdded));
        Assert.All(progress.Timeline.Where(e => e.Kind == CaseEventKind.AttachmentAdded), e => Assert.Null(e.Text));
        Assert.All(result.Current!.RecentEvents, e => Assert.DoesNotContain(Phone, e.Text ?? "", StringComparison.Ordinal));
    }

    private async Task<Actor> ActorAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        return new Actor(user.Id, user.DisplayName, (await users.GetRolesAsync(user)).ToHashSet(), user.OrganisationId);
    }

    private async Task<CaseDetailsView> DetailsForAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var details = await scope.ServiceProvider.GetRequiredService<GetCaseDetails>().RunAsync(new GetCaseDetailsInput(_caseId), await ActorAsync(email));
        return details!;
    }

    private async Task ReleaseAsync(string name, string? expectRefusal = null)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ReleaseAttachment>()
            .RunAsync(new ReleaseAttachmentInput(_caseId, _files[name]), await ActorAsync("supervisor@demo.1111.mn"), CancellationToken.None);
        Assert.Equal(expectRefusal, result.Errors.Values.SingleOrDefault());
    }
}
