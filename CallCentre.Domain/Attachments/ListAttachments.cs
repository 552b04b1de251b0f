using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Attachments;

/// <summary>The case whose attachments to list.</summary>
public sealed record ListAttachmentsInput(int CaseId);

/// <summary>One file of a case as the attachments list shows it.</summary>
public sealed record AttachmentItem(int Id, string FileName, string ContentType, AttachmentKind Kind, long SizeBytes, DateTime UploadedAtUtc, string UploadedBy)
{
    /// <summary>Released by a supervisor to the agency of a confidential case.</summary>
    public bool IsReleased { get; init; }
}

/// <summary>A case's files, and whether the viewer may add more.</summary>
public sealed record CaseAttachmentsView(int CaseId, bool MayAdd, IReadOnlyList<AttachmentItem> Items)
{
    /// <summary>A supervisor on a confidential case: may release its photos and documents to the agency.</summary>
    public bool MayRelease { get; init; }
}

/// <summary>Lists the files of a case the actor may see; null when the case does not exist or is not theirs to see.</summary>
public sealed class ListAttachments(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<CaseAttachmentsView?> RunAsync(ListAttachmentsInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.AsNoTracking().Where(c => c.Id == input.CaseId)
            .Select(c => new { c.AssignedOrganisationId, c.Caller.IsConfidential }).FirstOrDefaultAsync(cancellationToken);
        if (@case is null || !await AttachmentAccess.MaySeeCaseAsync(db, actor, @case.AssignedOrganisationId, cancellationToken))
        {
            return null;
        }

        var sealedForViewer = AttachmentAccess.HidesFileNames(actor, @case.IsConfidential);
        var items = await db.Attachments.AsNoTracking()
            .Where(a => a.CaseId == input.CaseId && !(sealedForViewer && (a.Kind == AttachmentKind.Audio || a.ReleasedAtUtc == null)))
            .OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.Id)
            .Select(a => new AttachmentItem(
                a.Id, a.FileName, a.ContentType, a.Kind, a.SizeBytes, a.UploadedAtUtc,
                db.Users.Where(u => u.Id == a.UploadedById).Select(u => u.DisplayName).FirstOrDefault() ?? "")
            {
                IsReleased = a.ReleasedAtUtc != null,
            })
            .ToListAsync(cancellationToken);
        if (sealedForViewer)
        {
            items = [.. items.Select(i => i with { FileName = AttachmentAccess.NeutralName(i.Id, i.FileName) })];
        }

        return new CaseAttachmentsView(input.CaseId, AttachmentAccess.RefusalToAdd(actor, @case.AssignedOrganisationId) is null, items)
        {
            MayRelease = @case.IsConfidential && actor.IsIn(Roles.Supervisor),
        };
    }
}
