using System.Security.Cryptography;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Cases;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Attachments;

public sealed class AddAttachmentTests : IAsyncLifetime, IDisposable
{
    private const int MaxMegabytes = 1;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero));
    private readonly AttachmentFolder _folder = new();
    private SeededDatabase _database = null!;
    private Actor _operator = null!;
    private int _caseId;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _operator = await _database.AddActorAsync(Roles.Operator, "CC1111");
        _caseId = await CreateCaseAsync(_database, _operator, _clock);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private AttachmentStore Store => new(new AttachmentSettings { Folder = _folder.Path, MaxFileSizeMegabytes = MaxMegabytes });

    private AddAttachment UseCase => new(_database.Database, Store, _clock);

    /// <summary>Registers a water complaint from Bayanzürkh: it is routed to USUG, a unit of the Capital City Governor's Office.</summary>
    internal static async Task<int> CreateCaseAsync(SeededDatabase database, Actor registrar, TimeProvider clock)
    {
        var result = await new RegisterCase(database.Database, clock).RunAsync(
            new RegisterCaseInput
            {
                TopicId = await database.TopicIdAsync("UTIL-WATER"),
                Subject = "Халуун ус тасарсан",
                Description = "Гурав хоног халуун усгүй байна.",
                RegionId = await database.RegionIdAsync("MN-1"),
                DistrictId = await database.RegionIdAsync("UB-BZ"),
                CallerName = "Бат-Эрдэнэ",
                Phone = "9911-2233",
            },
            registrar);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.Value!.CaseId;
    }

    private Task<SaveResult<int>> AddAsync(byte[] bytes, string fileName, Actor? actor = null) =>
        UseCase.RunAsync(new AddAttachmentInput(_caseId, fileName, new MemoryStream(bytes)), actor ?? _operator);

    [Fact]
    public async Task Add_Recording_StoresItUnderItsHashAndRecordsTheAttachmentAndTimelineEvent()
    {
        var bytes = SampleFiles.Wav();

        var result = await AddAsync(bytes, @"C:\Users\operator\Desktop\call-0302.wav");

        Assert.True(result.Succeeded, result.Errors.Values.SingleOrDefault());
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await using var db = _database.CreateDbContext();
        var attachment = await db.Attachments.SingleAsync();
        Assert.Equal(expectedHash, attachment.Sha256);
        Assert.Equal("call-0302.wav", attachment.FileName);
        Assert.Equal(("audio/wav", AttachmentKind.Audio, (long)bytes.Length), (attachment.ContentType, attachment.Kind, attachment.SizeBytes));
        Assert.Equal($"{expectedHash[..2]}/{expectedHash[2..4]}/{expectedHash}.bin", attachment.StoragePath);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_folder.Path, attachment.StoragePath)));
        var events = await db.CaseEvents.Where(e => e.CaseId == _caseId && e.Kind == CaseEventKind.AttachmentAdded).ToListAsync();
        Assert.Equal("call-0302.wav", Assert.Single(events).Text);
        Assert.False(events[0].IsPublic);
    }

    [Fact]
    public async Task Add_SameFileTwice_StoresTheBytesOnceAndRecordsTwoAttachments()
    {
        var bytes = SampleFiles.Pdf();

        var first = await AddAsync(bytes, "letter.pdf");
        var second = await AddAsync(bytes, "letter (copy).pdf");

        Assert.True(first.Succeeded && second.Succeeded);
        await using var db = _database.CreateDbContext();
        var paths = await db.Attachments.Select(a => a.StoragePath).ToListAsync();
        Assert.Equal(2, paths.Count);
        Assert.Single(paths.Distinct());
        Assert.Single(_folder.Files());
    }

    [Theory]
    [InlineData(nameof(SampleFiles.Exe), "recording.mp3")]
    [InlineData(nameof(SampleFiles.Text), "call.wav")]
    [InlineData(nameof(SampleFiles.PlainZip), "report.docx")]
    [InlineData(nameof(SampleFiles.Docm), "report.docx")]
    public async Task Add_FileOfAnotherTypeWhateverItsName_IsRefusedAndNothingIsKept(string sample, string fileName)
    {
        var result = await AddAsync(FileTypeDetectorTests.Sample(sample), fileName);

        Assert.Equal("Attachment.TypeNotAccepted", result.Errors.Values.SingleOrDefault());
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task Add_StreamLargerThanTheLimit_IsRefusedWithoutReadingItAll()
    {
        var limit = MaxMegabytes * 1024L * 1024L;
        var upload = new EndlessStream(SampleFiles.Png(), length: 200 * limit);

        var result = await UseCase.RunAsync(new AddAttachmentInput(_caseId, "photo.png", upload), _operator);

        Assert.Equal("Attachment.TooLarge", result.Errors.Values.SingleOrDefault());
        Assert.InRange(upload.BytesRead, limit + 1, limit + (256 * 1024));
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task Add_FileExactlyAtTheLimit_IsAccepted()
    {
        var limit = MaxMegabytes * 1024L * 1024L;

        var result = await UseCase.RunAsync(new AddAttachmentInput(_caseId, "photo.png", new EndlessStream(SampleFiles.Png(), limit)), _operator);

        Assert.True(result.Succeeded, result.Errors.Values.SingleOrDefault());
    }

    [Fact]
    public async Task Add_EmptyFile_IsRefused()
    {
        var result = await AddAsync([], "empty.mp3");

        Assert.Equal("Attachment.Empty", result.Errors.Values.SingleOrDefault());
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task Add_ByAgencyOfficerOfAnotherOrganisation_AnswersAsIfTheCaseDidNotExist()
    {
        var police = await _database.AddActorAsync(Roles.AgencyOfficer, "GPD");
        var upload = new MemoryStream(SampleFiles.Jpeg());

        var result = await UseCase.RunAsync(new AddAttachmentInput(_caseId, "photo.jpg", upload), police);

        Assert.Contains(AddAttachment.CaseNotFound, result.Errors.Values);
        Assert.Equal(0, upload.Position);
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task Add_ToACaseThatDoesNotExist_IsRefusedAsNotFound()
    {
        var result = await UseCase.RunAsync(new AddAttachmentInput(_caseId + 1000, "photo.jpg", new MemoryStream(SampleFiles.Jpeg())), _operator);

        Assert.Contains(AddAttachment.CaseNotFound, result.Errors.Values);
    }

    [Fact]
    public async Task Add_ByAgencyOfficerOfTheAssignedOrganisation_IsAccepted()
    {
        var officer = await _database.AddActorAsync(Roles.AgencyOfficer, "USUG");

        var result = await AddAsync(SampleFiles.Jpeg(), "burst-pipe.jpg", officer);

        Assert.True(result.Succeeded, result.Errors.Values.SingleOrDefault());
    }

    [Fact]
    public async Task Add_ByParentOrganisationWhichMaySeeButIsNotAssigned_IsRefused()
    {
        var capital = await _database.AddActorAsync(Roles.AgencyHead, "CGO");

        var result = await AddAsync(SampleFiles.Jpeg(), "photo.jpg", capital);

        Assert.Equal("Case.NotYourOrganisation", result.Errors.Values.SingleOrDefault());
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task Add_ByAuditor_IsRefusedForTheRole()
    {
        var auditor = await _database.AddActorAsync(Roles.Auditor);

        var result = await AddAsync(SampleFiles.Jpeg(), "photo.jpg", auditor);

        Assert.Equal("Case.NotAllowedForRole", result.Errors.Values.SingleOrDefault());
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task Add_WhenTheRecordCannotBeSaved_RemovesTheStoredFile()
    {
        // An uploader id with no account breaks the foreign key at SaveChanges, after the bytes were stored.
        var ghost = _operator with { UserId = Guid.NewGuid().ToString() };

        await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(SampleFiles.UniquePng(), "photo.png", ghost));

        await AssertNothingKeptAsync();
    }

    [Theory]
    [InlineData(@"C:\Users\operator\call.wav", "call.wav")]
    [InlineData("/home/operator/call.wav", "call.wav")]
    [InlineData("  хариу\r\n.pdf ", "хариу.pdf")]
    public void CleanFileName_KeepsOnlyTheNameWithoutFoldersOrControlCharacters(string sent, string kept)
    {
        Assert.Equal(kept, AddAttachment.CleanFileName(sent));
    }

    private async Task AssertNothingKeptAsync()
    {
        Assert.Empty(_folder.Files());
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Attachments.AnyAsync());
        Assert.False(await db.CaseEvents.AnyAsync(e => e.Kind == CaseEventKind.AttachmentAdded));
    }
}
