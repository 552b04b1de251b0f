using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCentre.Domain.Attachments;

/// <summary>Which attachment of which case to open.</summary>
public sealed record OpenAttachmentInput(int CaseId, int AttachmentId);

/// <summary>A stored file ready to be streamed: where it is and what to call it.</summary>
public sealed record AttachmentFile(string FullPath, string FileName, string ContentType, AttachmentKind Kind, long SizeBytes, string Sha256, DateTime UploadedAtUtc);

/// <summary>
/// Finds one file of a case for download; null when the case or file does not exist, the actor may not see the case, or the
/// bytes are missing — the caller answers all of these alike, so that nobody learns which cases exist.
/// </summary>
/// <remarks>
/// The hash is checked when the file is stored, not on every read: re-hashing a long recording before each seek would make
/// playback slow. A separate integrity check over the stored files belongs to the administrators' tools.
/// </remarks>
public sealed class OpenAttachment(IDbContextFactory<CallCentreDbContext> dbFactory, AttachmentStore store, ILogger<OpenAttachment> logger)
{
    public async Task<AttachmentFile?> RunAsync(OpenAttachmentInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == input.AttachmentId && a.CaseId == input.CaseId)
            .Join(db.Cases, a => a.CaseId, c => c.Id, (a, c) => new { Attachment = a, c.Reference, c.AssignedOrganisationId, c.Caller.IsConfidential })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var details = new KeyValuePair<string, object?>[] { new("AttachmentId", input.AttachmentId), new("FileName", found.Attachment.FileName) };
        if (!await AttachmentAccess.MaySeeCaseAsync(db, actor, found.AssignedOrganisationId, cancellationToken)
            || AttachmentAccess.IsSealed(actor, found.IsConfidential, found.Attachment.Kind, found.Attachment.ReleasedAtUtc))
        {
            db.Audit(AuditRecord.Event("Attachment.DownloadRefused", "Case", found.Reference, AuditOutcome.Refused, details).By(actor));
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        var attachment = found.Attachment;
        var path = store.FullPath(attachment.StoragePath);
        if (!File.Exists(path))
        {
            logger.LogError("Attachment {AttachmentId} of case {CaseId} is recorded but its file {StoragePath} is missing", attachment.Id, input.CaseId, attachment.StoragePath);
            return null;
        }

        if (found.IsConfidential)
        {
            db.Audit(AuditRecord.Event("Attachment.Downloaded", "Case", found.Reference, AuditOutcome.Succeeded, details).By(actor));
            await db.SaveChangesAsync(cancellationToken);
        }

        var name = AttachmentAccess.HidesFileNames(actor, found.IsConfidential) ? AttachmentAccess.NeutralName(attachment.Id, attachment.FileName) : attachment.FileName;
        return new AttachmentFile(path, name, attachment.ContentType, attachment.Kind, attachment.SizeBytes, attachment.Sha256, attachment.UploadedAtUtc);
    }
}
