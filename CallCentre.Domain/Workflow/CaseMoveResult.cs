using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>
/// What came of a move: the outcome, the user's move as they sent it, and what the page needs to show: after a conflict
/// or a done move the case as it stands (<see cref="Current"/>), after a done move also all that the move changed on the
/// case's page (<see cref="Progress"/>; null only when the move took the case out of the user's view).
/// </summary>
/// <remarks>
/// Not a <c>SaveResult</c>: a conflict refuses the move yet must carry the other user's version to re-apply against.
/// </remarks>
public sealed record CaseMoveResult(
    CaseMoveOutcome Outcome,
    CaseMove Move,
    IReadOnlyDictionary<string, string> Errors,
    string? RefusalKey,
    CaseState? Current,
    CaseProgressView? Progress = null)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public bool Succeeded => Outcome == CaseMoveOutcome.Done;

    internal static CaseMoveResult Done(CaseMove move, CaseState current, CaseProgressView? progress) => new(CaseMoveOutcome.Done, move, NoErrors, null, current, progress);

    internal static CaseMoveResult Invalid(CaseMove move, IReadOnlyDictionary<string, string> errors) => new(CaseMoveOutcome.Invalid, move, errors, null, null);

    internal static CaseMoveResult Refused(CaseMove move, string key) => new(CaseMoveOutcome.Refused, move, NoErrors, key, null);

    internal static CaseMoveResult NotFound(CaseMove move) => new(CaseMoveOutcome.NotFound, move, NoErrors, null, null);

    internal static CaseMoveResult Conflict(CaseMove move, CaseState current) => new(CaseMoveOutcome.Conflict, move, NoErrors, null, current);
}
