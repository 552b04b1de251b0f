using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Privacy;
using CallCentre.Domain.Ratings;
using CallCentre.Domain.UseCases;
using CallCentre.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Cases;

/// <summary>
/// The part of <see cref="CaseDetailsView"/> a move can change: statuses, who has the case, the work on it, its
/// timeline and ratings. <see cref="ActOnCase"/> answers a move with it, so the page shows the move without reading
/// the whole case again.
/// </summary>
public sealed record CaseProgressView(
    CaseStatus Status,
    PublicStatus PublicStatus,
    string? Organisation,
    string? AssignedOfficer,
    DateTime? AssignedAtUtc,
    DateTime? ClosedAtUtc,
    IReadOnlyList<CaseTimelineEntry> Timeline,
    CaseWorkView Work,
    IReadOnlyList<CaseRatingRow> Ratings)
{
    /// <summary>The progress of <paramref name="c"/> as it is now, for a viewer who may see it.</summary>
    internal static async Task<CaseProgressView> LoadAsync(CallCentreDbContext db, Case c, Actor actor, CaseVisibility visibility, Language language, CancellationToken cancellationToken)
    {
        var mongolian = language.IsMongolian;
        var caseId = c.Id;
        var names = await db.Cases.AsNoTracking().Where(x => x.Id == caseId).Select(x => new
        {
            Organisation = db.Organisations.Where(o => o.Id == x.AssignedOrganisationId).Select(o => mongolian ? o.NameMn : o.NameEn).FirstOrDefault(),
            Officer = db.Users.Where(u => u.Id == x.AssignedOfficerId).Select(u => u.DisplayName).FirstOrDefault(),
        }).SingleAsync(cancellationToken);
        var duplicateOf = c.DuplicateOfCaseId is { } primaryId
            ? await visibility.Apply(db.Cases.AsNoTracking()).Where(e => e.Id == primaryId).Select(e => new CaseLink(e.Id, e.Reference)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var timeline = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId)
            .OrderBy(e => e.AtUtc).ThenBy(e => e.Id)
            .Select(e => new CaseTimelineEntry(
                e.AtUtc, e.ActorName, e.Kind, e.FromStatus, e.ToStatus, e.Text, e.IsPublic,
                db.Organisations.Where(o => o.Id == e.OrganisationId).Select(o => mongolian ? o.NameMn : o.NameEn).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var ratings = await db.CaseRatings.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.RatedAtUtc).ThenBy(r => r.Id)
            .Select(r => new CaseRatingRow(
                db.CaseEvents.Where(e => e.Id == r.ResponseEventId).Select(e => e.AtUtc).First(),
                db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => mongolian ? o.NameMn : o.NameEn).FirstOrDefault(),
                r.Score, r.Solved, r.Comment, r.Source, r.RecordedByName, r.RatedAtUtc))
            .ToListAsync(cancellationToken);

        // Rating needs an answer not rated yet, which the case alone does not know.
        var unratedResponse = c.Allows(CaseAction.Rate, actor, visibility)
            && await RateMove.LatestResponseAsync(db.CaseEvents, caseId, cancellationToken) is { } responseId
            && !await db.CaseRatings.AnyAsync(r => r.ResponseEventId == responseId, cancellationToken);

        var rule = ViewerRule.For(actor, visibility, c.Caller.IsConfidential);
        string? Free(string? text) => rule.Free(text);
        return new CaseProgressView(
            c.Status, PublicStatuses.Of(c.Status), names.Organisation, names.Officer, c.AssignedAtUtc, c.ClosedAtUtc, rule.Apply(timeline),
            new CaseWorkView(
                c.ConcurrencyStamp,
                [.. CaseTransitions.All.Select(t => t.Action).Where(a => a is not (CaseAction.Assign or CaseAction.CloseAtFirstContact) && (a != CaseAction.Rate || unratedResponse) && c.Allows(a, actor, visibility))],
                c.RespondByUtc, c.AcknowledgedAtUtc, c.RespondedAtUtc, Free(c.ResponseText), c.Resolution, Free(c.ReturnReason), c.ReopenCount,
                duplicateOf, c.ExtensionState, c.ExtensionRequestedUntilUtc, Free(c.ExtensionReason), c.AssignedOrganisationId,
                c.AcknowledgeByUtc, c.ClockPausedAtUtc),
            rule.Masked ? [.. ratings.Select(r => r with { Comment = Free(r.Comment) })] : ratings);
    }

    /// <summary>
    /// What the case page hides from this viewer, applied to everything a move can show: agency staff on a
    /// confidential case see no file name, and an auditor without the personal-data permission sees no free text.
    /// </summary>
    internal sealed record ViewerRule(bool SealsFileNames, bool Masked)
    {
        public static ViewerRule For(Actor actor, CaseVisibility visibility, bool callerIsConfidential) => new(
            AttachmentAccess.HidesFileNames(actor, callerIsConfidential),
            visibility.CallerMaskFor(callerIsConfidential) == CallerMask.PersonalData);

        public string? Free(string? text) => Masked ? PersonalData.Mask(PersonalDataKind.Hidden, text) : text;

        public List<CaseTimelineEntry> Apply(IEnumerable<CaseTimelineEntry> timeline) =>
        [
            .. timeline
                .Select(e => SealsFileNames && e.Kind == CaseEventKind.AttachmentAdded ? e with { Text = null } : e)
                .Select(e => Masked ? e with { Text = Free(e.Text) } : e),
        ];
    }
}
