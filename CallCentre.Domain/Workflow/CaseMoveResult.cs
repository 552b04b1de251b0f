namespace CallCentre.Domain.Workflow;

/// <summary>What came of a move: the outcome, the user's move as they sent it, and what the page needs to show.</summary>
public sealed record CaseMoveResult(
    CaseMoveOutcome Outcome,
    CaseMove Move,
    IReadOnlyDictionary<string, string> Errors,
    string? RefusalKey,
    CaseState? Current)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public bool Succeeded => Outcome == CaseMoveOutcome.Done;

    internal static CaseMoveResult Done(CaseMove move, CaseState current) => new(CaseMoveOutcome.Done, move, NoErrors, null, current);

    internal static CaseMoveResult Invalid(CaseMove move, IReadOnlyDictionary<string, string> errors) => new(CaseMoveOutcome.Invalid, move, errors, null, null);

    internal static CaseMoveResult Refused(CaseMove move, string key) => new(CaseMoveOutcome.Refused, move, NoErrors, key, null);

    internal static CaseMoveResult NotFound(CaseMove move) => new(CaseMoveOutcome.NotFound, move, NoErrors, null, null);

    internal static CaseMoveResult Conflict(CaseMove move, CaseState current) => new(CaseMoveOutcome.Conflict, move, NoErrors, null, current);
}
