using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Attachments;

public sealed class AttachmentReadingTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
    private readonly AttachmentFolder _folder = new();
    private SeededDatabase _database = null!;
    private Actor _operator = null!;
    private int _caseId;
    private int _attachmentId;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _operator = await _database.AddActorAsync(Roles.Operator, "CC1111");
        _caseId = await AddAttachmentTests.CreateCaseAsync(_database, _operator, _clock);
        var added = await new AddAttachment(_database.Database, Store, _clock)
            .RunAsync(new AddAttachmentInput(_caseId, "call.mp3", new MemoryStream(SampleFiles.Mp3WithId3Tag())), _operator);
        _attachmentId = added.Value;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private AttachmentStore Store => new(new AttachmentSettings { Folder = _folder.Path });

    private OpenAttachment Open => new(_database.Database, Store, NullLogger<OpenAttachment>.Instance);

    [Theory]
    [InlineData(Roles.Operator, null, true)]
    [InlineData(Roles.Auditor, null, true)]
    [InlineData(Roles.Administrator, null, true)]
    [InlineData(Roles.AgencyOfficer, "USUG", true)]
    [InlineData(Roles.AgencyHead, "CGO", true)]
    [InlineData(Roles.AgencyOfficer, "GPD", false)]
    [InlineData(Roles.AgencyHead, "MPSC", false)]
    public async Task Open_IsAllowedExactlyToThoseWhoMaySeeTheCase(string role, string? organisation, bool maySee)
    {
        var actor = await _database.AddActorAsync(role, organisation);

        var file = await Open.RunAsync(new OpenAttachmentInput(_caseId, _attachmentId), actor);

        Assert.Equal(maySee, file is not null);
    }

    [Fact]
    public async Task ConfidentialCase_WithholdsCallRecordingsFromTheAgency_ButNotFromTheCallCentre()
    {
        var result = await new CallCentre.Domain.Cases.RegisterCase(_database.Database, _clock).RunAsync(
            new CallCentre.Domain.Cases.RegisterCaseInput
            {
                TopicId = await _database.TopicIdAsync("UTIL-WATER"),
                Subject = "Тоолуурын луйвар",
                Description = "Нууцлалтай гомдол.",
                CallerName = "Нууц иргэн",
                Phone = "9911-7788",
                IsConfidential = true,
            },
            _operator);
        var caseId = result.Value!.CaseId;
        var recording = await new AddAttachment(_database.Database, Store, _clock)
            .RunAsync(new AddAttachmentInput(caseId, "call.mp3", new MemoryStream(SampleFiles.Mp3WithId3Tag())), _operator);
        var officer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");
        var list = new ListAttachments(_database.Database);

        Assert.Null(await Open.RunAsync(new OpenAttachmentInput(caseId, recording.Value), officer));
        Assert.Empty((await list.RunAsync(new ListAttachmentsInput(caseId), officer))!.Items);
        Assert.NotNull(await Open.RunAsync(new OpenAttachmentInput(caseId, recording.Value), _operator));
        Assert.Single((await list.RunAsync(new ListAttachmentsInput(caseId), _operator))!.Items);
    }

    [Fact]
    public async Task Open_WithTheIdOfAnotherCase_FindsNothing()
    {
        var otherCase = await AddAttachmentTests.CreateCaseAsync(_database, _operator, _clock);

        Assert.Null(await Open.RunAsync(new OpenAttachmentInput(otherCase, _attachmentId), _operator));
    }

    [Fact]
    public async Task Open_WhenTheStoredFileIsMissing_FindsNothing()
    {
        File.Delete(Assert.Single(_folder.Files()));

        Assert.Null(await Open.RunAsync(new OpenAttachmentInput(_caseId, _attachmentId), _operator));
    }

    [Fact]
    public async Task List_ShowsTheFilesAndWhetherTheViewerMayAdd()
    {
        var auditor = await _database.AddActorAsync(Roles.Auditor);

        var forOperator = await new ListAttachments(_database.Database).RunAsync(new ListAttachmentsInput(_caseId), _operator);
        var forAuditor = await new ListAttachments(_database.Database).RunAsync(new ListAttachmentsInput(_caseId), auditor);

        var item = Assert.Single(forOperator!.Items);
        Assert.Equal(("call.mp3", AttachmentKind.Audio, "Test Operator"), (item.FileName, item.Kind, item.UploadedBy));
        Assert.True(forOperator.MayAdd);
        Assert.False(forAuditor!.MayAdd);
    }

    [Fact]
    public async Task List_ForAgencyOfAnotherOrganisation_IsNotFound()
    {
        var police = await _database.AddActorAsync(Roles.AgencyOfficer, "GPD");

        Assert.Null(await new ListAttachments(_database.Database).RunAsync(new ListAttachmentsInput(_caseId), police));
    }
}
