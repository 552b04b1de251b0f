using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Web.Features.Attachments;

/// <summary>The web app with its attachments in a temporary folder; one case from Bayanzürkh with a recording and a document.</summary>
public sealed class AttachmentWebFactory : CallCentreWebFactory, IAsyncLifetime
{
    private readonly AttachmentFolder _folder = new();

    public AttachmentWebFactory() => Settings["Attachments:Folder"] = _folder.Path;

    public string AttachmentsFolder => _folder.Path;

    public int CaseId { get; private set; }

    public int RecordingId { get; private set; }

    public int DocumentId { get; private set; }

    public byte[] Recording { get; } = [.. SampleFiles.Mp3WithId3Tag(), .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 7))];

    public async Task InitializeAsync()
    {
        using var scope = Services.CreateScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CallCentreDbContext>>();
        Actor registrar;
        int topic, region, district;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var user = await db.Users.SingleAsync(u => u.Email == "operator@demo.1111.mn");
            registrar = new Actor(user.Id, user.DisplayName, new HashSet<string> { Roles.Operator }, user.OrganisationId);
            topic = await db.Topics.Where(t => t.Code == "UTIL-WATER").Select(t => t.Id).SingleAsync();
            region = await db.Regions.Where(r => r.Code == "MN-1").Select(r => r.Id).SingleAsync();
            district = await db.Regions.Where(r => r.Code == "UB-BZ").Select(r => r.Id).SingleAsync();
        }

        var registered = await new RegisterCase(dbFactory, TimeProvider.System).RunAsync(
            new RegisterCaseInput
            {
                TopicId = topic, RegionId = region, DistrictId = district, Subject = "Ус тасарсан", Description = "Халуун ус алга.",
                CallerName = "Дорж", Phone = "88112233",
            },
            registrar);
        CaseId = registered.Value!.CaseId;

        var add = scope.ServiceProvider.GetRequiredService<AddAttachment>();
        RecordingId = (await add.RunAsync(new AddAttachmentInput(CaseId, "дуудлага.mp3", new MemoryStream(Recording)), registrar)).Value;
        DocumentId = (await add.RunAsync(new AddAttachmentInput(CaseId, "хариу.pdf", new MemoryStream(SampleFiles.Pdf())), registrar)).Value;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _folder.Dispose();
    }
}
