using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Attachments;

/// <summary>Which file of which case a supervisor releases to the agency.</summary>
public sealed record ReleaseAttachmentInput(int CaseId, int AttachmentId);

/// <summary>A supervisor releases a photo or document of a confidential case to the agency handling it (audited).</summary>
public sealed class ReleaseAttachment(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    public async Task<SaveResult<int>> RunAsync(ReleaseAttachmentInput input, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Attachments.Where(a => a.Id == input.AttachmentId && a.CaseId == input.CaseId)
            .Join(db.Cases, a => a.CaseId, c => c.Id, (a, c) => new { Attachment = a, c.Reference })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return SaveResult<int>.Invalid(SaveResult.Form, AddAttachment.CaseNotFound);
        }

        try
        {
            found.Attachment.Release(actor, clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainException refused)
        {
            return SaveResult<int>.Invalid(SaveResult.Form, refused.MessageKey);
        }

        db.Audit(AuditRecord.Event("Attachment.Released", "Case", found.Reference, AuditOutcome.Succeeded,
            [new("AttachmentId", found.Attachment.Id), new("FileName", found.Attachment.FileName)]).By(actor));
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult<int>.Saved(found.Attachment.Id);
    }
}
