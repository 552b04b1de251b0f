using CallCentre.Domain.Cases;
using CallCentre.Domain.Ratings;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Workflow;

/// <summary>The citizen's rating of the latest response, as the operator heard it on a callback.</summary>
public sealed record RateMove : CaseMove
{
    public int? Score { get; init; }

    public ProblemSolved? Solved { get; init; }

    public string? Comment { get; init; }

    public override CaseAction Action => CaseAction.Rate;

    /// <summary>The move's field rules, the ones the case's own method enforces too: field → message key.</summary>
    public static IReadOnlyDictionary<string, string> Rules(int? score, ProblemSolved? solved, string? comment) => Errors(
        (nameof(Score), RatingRules.Score(score)),
        (nameof(Solved), RatingRules.Solved(solved)),
        (nameof(Comment), RatingRules.Comment(comment)));

    public override IReadOnlyDictionary<string, string> Validate() => Rules(Score, Solved, Comment);

    internal override async Task<IReadOnlyDictionary<string, string>> ApplyAsync(Case @case, CaseMoveContext context, CancellationToken cancellationToken)
    {
        var responseId = await LatestResponseAsync(context.Db.CaseEvents, @case.Id, cancellationToken) ?? throw new DomainException("Case.NothingToRate");
        if (await context.Db.CaseRatings.AnyAsync(r => r.ResponseEventId == responseId, cancellationToken))
        {
            throw new DomainException("Case.AlreadyRated");
        }

        context.Db.CaseRatings.Add(@case.Rate(responseId, Score, Solved, Comment, RatingSource.Callback, context.Actor, context.Visibility, context.NowUtc));
        return NoErrors;
    }

    /// <summary>
    /// The response a rating now would rate: the latest one, unless a dispute reopened the case after it (the answer to
    /// the dispute is the next response). Null when there is none.
    /// </summary>
    internal static async Task<long?> LatestResponseAsync(IQueryable<CaseEvent> events, int caseId, CancellationToken cancellationToken)
    {
        var latest = await events.AsNoTracking()
            .Where(e => e.CaseId == caseId && (e.Kind == CaseEventKind.Responded || e.Kind == CaseEventKind.Reopened))
            .OrderByDescending(e => e.Id).Select(e => new { e.Id, e.Kind }).FirstOrDefaultAsync(cancellationToken);
        return latest is { Kind: CaseEventKind.Responded } ? latest.Id : null;
    }
}
