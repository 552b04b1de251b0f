using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCentre.Domain.Workflow;

/// <summary>The move to take (its own record holds the case, the stamp the user saw and the fields) and the language of the answer's names.</summary>
public sealed record ActOnCaseInput(CaseMove Move, Language Language = default);

/// <summary>
/// Runs any move on a case the same way: load it through the actor's visibility (an invisible case is not found),
/// check that nobody changed it since the user loaded it, call the case's method, save, and answer with the case's
/// progress as it is now (what the page shows next). One runner rather than fifteen copies of these steps; each move's
/// own record holds its fields, rules and the method it calls.
/// </summary>
public sealed class ActOnCase(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock, IOptions<CalendarSettings>? calendarSettings = null)
{
    private const int RecentEventCount = 5;

    public async Task<CaseMoveResult> RunAsync(ActOnCaseInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var (move, language) = input;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visibility = await CaseVisibility.ForAsync(db, actor, cancellationToken);
        var @case = await visibility.Apply(db.Cases).FirstOrDefaultAsync(c => c.Id == move.CaseId, cancellationToken);
        if (@case is null)
        {
            return CaseMoveResult.NotFound(move);
        }

        if (@case.ConcurrencyStamp != move.ExpectedStamp)
        {
            return CaseMoveResult.Conflict(move, await StateAsync(move.CaseId, actor, visibility, language, cancellationToken));
        }

        // Role and status first: a move the user may not take is refused whatever they typed.
        if (!CaseTransitions.IsAllowed(move.Action, @case.Status, actor))
        {
            return CaseMoveResult.Refused(move, actor.IsInAny(CaseTransitions.For(move.Action).Roles) ? "Case.NotAllowedInStatus" : "Case.NotAllowedForRole");
        }

        var errors = move.Validate();
        if (errors.Count > 0)
        {
            return CaseMoveResult.Invalid(move, errors);
        }

        try
        {
            errors = await move.ApplyAsync(@case, new CaseMoveContext(db, actor, visibility, clock.GetUtcNow().UtcDateTime, calendarSettings?.Value ?? new CalendarSettings()), cancellationToken);
        }
        catch (DomainException error)
        {
            return move.FieldOf(error.MessageKey) is { } field
                ? CaseMoveResult.Invalid(move, new Dictionary<string, string> { [field] = error.MessageKey })
                : CaseMoveResult.Refused(move, error.MessageKey);
        }

        if (errors.Count > 0)
        {
            return CaseMoveResult.Invalid(move, errors);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write; the stamp in the WHERE clause caught it.
            return CaseMoveResult.Conflict(move, await StateAsync(move.CaseId, actor, visibility, language, cancellationToken));
        }

        // What the page shows next, read in this operation; a move that took the case out of the actor's view (none
        // does today) leaves the page to find out by reading it again.
        if (!await visibility.Apply(db.Cases.AsNoTracking()).AnyAsync(c => c.Id == move.CaseId, cancellationToken))
        {
            return CaseMoveResult.Done(move, await StateAsync(move.CaseId, actor, visibility, language, cancellationToken), progress: null);
        }

        var progress = await CaseProgressView.LoadAsync(db, @case, actor, visibility, language, cancellationToken);
        return CaseMoveResult.Done(move, new CaseState(progress.Status, progress.Work.ConcurrencyStamp, [.. progress.Timeline.TakeLast(RecentEventCount)]), progress);
    }

    /// <summary>The case as it is now, read fresh (the caller already proved they may see it).</summary>
    private async Task<CaseState> StateAsync(int caseId, Actor actor, CaseVisibility visibility, Language language, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mongolian = language.IsMongolian;
        var head = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.Status, c.ConcurrencyStamp, c.Caller.IsConfidential }).SingleAsync(cancellationToken);
        var recent = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Take(RecentEventCount)
            .Select(e => new CaseTimelineEntry(
                e.AtUtc, e.ActorName, e.Kind, e.FromStatus, e.ToStatus, e.Text, e.IsPublic,
                db.Organisations.Where(o => o.Id == e.OrganisationId).Select(o => mongolian ? o.NameMn : o.NameEn).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        recent.Reverse();
        return new CaseState(head.Status, head.ConcurrencyStamp, CaseProgressView.ViewerRule.For(actor, visibility, head.IsConfidential).Apply(recent));
    }
}
