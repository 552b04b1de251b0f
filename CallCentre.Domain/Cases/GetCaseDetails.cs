using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Privacy;
using CallCentre.Domain.Ratings;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Cases;

/// <summary>Everything about one case that its viewer may see, with names in the viewer's language.</summary>
public sealed record CaseDetailsView(
    int Id,
    string Reference,
    CaseStatus Status,
    PublicStatus PublicStatus,
    CaseType Type,
    Channel Channel,
    Priority Priority,
    string? TopicGroup,
    string Topic,
    string Subject,
    string Description,
    string? Region,
    string? District,
    string? Address,
    double? Latitude,
    double? Longitude,
    CallerView Caller,
    string? Organisation,
    string? AssignedOfficer,
    DateTime? AssignedAtUtc,
    string RegisteredBy,
    DateTime RegisteredAtUtc,
    DateTime? ClosedAtUtc,
    string? FirstContactAnswer,
    CaseLink? FollowUpOf,
    IReadOnlyList<CaseAttachmentRow> Attachments,
    IReadOnlyList<CaseTimelineEntry> Timeline,
    CaseWorkView Work,
    IReadOnlyList<CaseRatingRow> Ratings)
{
    /// <summary>This view with what a move changed (<see cref="CaseProgressView"/>) in place of what it showed before.</summary>
    public CaseDetailsView With(CaseProgressView progress) => this with
    {
        Status = progress.Status,
        PublicStatus = progress.PublicStatus,
        Organisation = progress.Organisation,
        AssignedOfficer = progress.AssignedOfficer,
        AssignedAtUtc = progress.AssignedAtUtc,
        ClosedAtUtc = progress.ClosedAtUtc,
        Timeline = progress.Timeline,
        Work = progress.Work,
        Ratings = progress.Ratings,
    };
}

/// <summary>A link to another case, by id and reference.</summary>
public sealed record CaseLink(int Id, string Reference);

/// <summary>A file attached to the case, as listed on its page.</summary>
public sealed record CaseAttachmentRow(int Id, string FileName, AttachmentKind Kind, long SizeBytes, DateTime UploadedAtUtc);

/// <summary>One timeline entry as shown on the case page.</summary>
public sealed record CaseTimelineEntry(DateTime AtUtc, string ActorName, CaseEventKind Kind, CaseStatus? FromStatus, CaseStatus? ToStatus, string? Text, bool IsPublic, string? Organisation);

/// <summary>The case to load and the language of its names.</summary>
public sealed record GetCaseDetailsInput(int CaseId, Language Language = default);

/// <summary>
/// Loads one case for its page. A case that does not exist and a case the actor may not see give the same answer,
/// null, so that nobody learns that another organisation's case exists.
/// </summary>
public sealed class GetCaseDetails(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<CaseDetailsView?> RunAsync(GetCaseDetailsInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var caseId = input.CaseId;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visibility = await CaseVisibility.ForAsync(db, actor, cancellationToken);
        var mongolian = input.Language.IsMongolian;
        var visible = visibility.Apply(db.Cases.AsNoTracking());

        var found = await visible.Where(c => c.Id == caseId).Select(c => new
        {
            Case = c,
            Topic = db.Topics.Where(t => t.Id == c.TopicId).Select(t => new
            {
                Name = mongolian ? t.NameMn : t.NameEn,
                Group = db.Topics.Where(p => p.Id == t.ParentId).Select(p => mongolian ? p.NameMn : p.NameEn).FirstOrDefault(),
            }).First(),
            Region = db.Regions.Where(r => r.Id == c.RegionId).Select(r => mongolian ? r.NameMn : r.NameEn).FirstOrDefault(),
            District = db.Regions.Where(r => r.Id == c.DistrictId).Select(r => mongolian ? r.NameMn : r.NameEn).FirstOrDefault(),
            RegisteredBy = db.Users.Where(u => u.Id == c.RegisteredById).Select(u => u.DisplayName).FirstOrDefault(),
        }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            // Auditors learn of the refused look at an existing case; the viewer learns nothing.
            if (await db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).FirstOrDefaultAsync(cancellationToken) is { } refused)
            {
                db.Audit(AuditRecord.Event("Case.ViewRefused", "Case", refused, AuditOutcome.Refused).By(actor));
                await db.SaveChangesAsync(cancellationToken);
            }

            return null;
        }

        var c = found.Case;
        var followUp = c.FollowUpOfCaseId is { } earlierId
            ? await visible.Where(e => e.Id == earlierId).Select(e => new CaseLink(e.Id, e.Reference)).FirstOrDefaultAsync(cancellationToken)
            : null;
        // Confidential means sealed for the agency: no recording, no unreleased file, and no file name anywhere.
        var sealedForViewer = AttachmentAccess.HidesFileNames(actor, c.Caller.IsConfidential);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.CaseId == caseId)
            .OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.Id)
            .Where(a => !(sealedForViewer && (a.Kind == AttachmentKind.Audio || a.ReleasedAtUtc == null)))
            .Select(a => new CaseAttachmentRow(a.Id, a.FileName, a.Kind, a.SizeBytes, a.UploadedAtUtc))
            .ToListAsync(cancellationToken);
        var progress = await CaseProgressView.LoadAsync(db, c, actor, visibility, input.Language, cancellationToken);

        var callerMask = visibility.CallerMaskFor(c.Caller.IsConfidential);
        if (c.Caller.IsConfidential && callerMask == CallerMask.None)
        {
            db.Audit(AuditRecord.Event("Case.ConfidentialCallerViewed", "Case", c.Reference, AuditOutcome.Succeeded).By(actor));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (sealedForViewer)
        {
            attachments = [.. attachments.Select(a => a with { FileName = AttachmentAccess.NeutralName(a.Id, a.FileName) })];
        }

        // An auditor without the personal-data permission sees the case's free text, place and files masked too; the
        // progress loader masks the timeline, work and ratings by the same rule.
        var masked = callerMask == CallerMask.PersonalData;
        string? Free(string? text) => masked ? PersonalData.Mask(PersonalDataKind.Hidden, text) : text;
        if (masked)
        {
            attachments = [.. attachments.Select(a => a with { FileName = PersonalData.Hidden })];
        }

        return new CaseDetailsView(
            c.Id, c.Reference, progress.Status, progress.PublicStatus, c.Type, c.Channel, c.Priority,
            found.Topic.Group, found.Topic.Name, c.Subject, Free(c.Description)!,
            found.Region, found.District, Free(c.Address), masked ? null : c.Latitude, masked ? null : c.Longitude,
            CallerView.Of(c.Caller, callerMask),
            progress.Organisation, progress.AssignedOfficer, progress.AssignedAtUtc,
            found.RegisteredBy ?? "", c.RegisteredAtUtc, progress.ClosedAtUtc, Free(c.FirstContactAnswer),
            followUp, attachments, progress.Timeline, progress.Work, progress.Ratings);
    }
}
