using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using CallCentre.Domain.UseCases;

namespace CallCentre.Domain.Attachments;

/// <summary>An upload: the bytes as they arrive and the name the file had on the uploader's machine.</summary>
public sealed record AddAttachmentInput(int CaseId, string? FileName, Stream Content);

/// <summary>
/// Attaches a file to a case: checks the actor may, stores the bytes if their content is of an accepted type and within
/// the size limit, then records the attachment and its timeline event in one save. Nothing is kept if any step refuses.
/// </summary>
public sealed class AddAttachment(IDbContextFactory<CallCentreDbContext> dbFactory, AttachmentStore store, TimeProvider clock)
{
    /// <summary>The case does not exist or the actor may not see it; the two are not told apart.</summary>
    public const string CaseNotFound = "Attachment.CaseNotFound";

    /// <summary>The saved attachment's id, or the message key at <c>Content</c> (the upload control).</summary>
    public async Task<SaveResult<int>> RunAsync(AddAttachmentInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var fileName = CleanFileName(input.FileName);
        if (fileName.Length is 0 or > Attachment.FileNameMaxLength)
        {
            return Refused("Attachment.FileNameInvalid");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == input.CaseId, cancellationToken);
        if (@case is null || !await AttachmentAccess.MaySeeCaseAsync(db, actor, @case.AssignedOrganisationId, cancellationToken))
        {
            return Refused(CaseNotFound);
        }

        if (AttachmentAccess.RefusalToAdd(actor, @case.AssignedOrganisationId) is { } refusal)
        {
            return Refused(refusal);
        }

        var outcome = await store.StoreAsync(input.Content, cancellationToken);
        if (outcome.File is not { } file)
        {
            return Refused(outcome.Error!);
        }

        var saved = false;
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var attachment = new Attachment(@case.Id, fileName, file.Type.ContentType, file.Type.Kind, file.SizeBytes, file.Sha256, file.RelativePath, actor.UserId, now);
            @case.RecordAttachment(fileName, actor, now);
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync(cancellationToken);
            saved = true;
            return SaveResult<int>.Saved(attachment.Id);
        }
        catch (DomainException ex)
        {
            return Refused(ex.MessageKey);
        }
        finally
        {
            if (!saved)
            {
                await ForgetAsync(file);
            }
        }
    }

    /// <summary>
    /// The last segment of the name, whichever separator the uploader's system uses (some browsers send a Windows path),
    /// without control characters.
    /// </summary>
    internal static string CleanFileName(string? name)
    {
        var text = name ?? "";
        var lastSeparator = text.LastIndexOfAny(['/', '\\']);
        return new string(text[(lastSeparator + 1)..].Where(c => !char.IsControl(c)).ToArray()).Trim();
    }

    /// <summary>Removes the bytes this upload stored, unless another attachment already points at them.</summary>
    private async Task ForgetAsync(StoredFile file)
    {
        if (!file.CreatedNew)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        if (!await db.Attachments.AnyAsync(a => a.StoragePath == file.RelativePath, CancellationToken.None))
        {
            store.Delete(file.RelativePath);
        }
    }

    private static SaveResult<int> Refused(string messageKey) => SaveResult<int>.Invalid(nameof(AddAttachmentInput.Content), messageKey);
}
