using System.Linq.Expressions;
using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Deadlines;

/// <summary>Where a case stands against its respond-by deadline, for the lists and the case page.</summary>
public enum DeadlineState
{
    /// <summary>No clock runs: not yet assigned, waiting to be re-routed, answered or closed.</summary>
    None,
    OnTime,
    AtRisk,
    Overdue,

    /// <summary>The case awaits the citizen; the deadline moves when they answer.</summary>
    Paused,
}

/// <summary>
/// The one rule for "at risk", "overdue" and "paused", in memory and in queries. The clock runs while the organisation
/// holds the case (assigned or in progress) and is paused exactly while it awaits the citizen (<see cref="Case.AskCitizen"/>
/// sets the pause, every move out of that status clears it), so queries test the status, which the list indexes hold,
/// rather than the pause column.
/// </summary>
public static class DeadlineStates
{
    public static bool ClockRuns(CaseStatus status) => status is CaseStatus.Assigned or CaseStatus.InProgress;

    public static DeadlineState Of(CaseStatus status, DateTime? respondByUtc, DateTime nowUtc, int dueSoonDays) =>
        status == CaseStatus.AwaitingCitizen ? DeadlineState.Paused
        : !ClockRuns(status) || respondByUtc is not { } due ? DeadlineState.None
        : due < nowUtc ? DeadlineState.Overdue
        : due < nowUtc.AddDays(dueSoonDays) ? DeadlineState.AtRisk
        : DeadlineState.OnTime;

    /// <summary>Cases whose running clock is past the deadline at <paramref name="nowUtc"/>.</summary>
    public static Expression<Func<Case, bool>> Overdue(DateTime nowUtc) =>
        c => (c.Status == CaseStatus.Assigned || c.Status == CaseStatus.InProgress) && c.RespondByUtc < nowUtc;

    /// <summary>Cases whose running clock reaches the deadline within <paramref name="dueSoonDays"/> days of <paramref name="nowUtc"/>.</summary>
    public static Expression<Func<Case, bool>> AtRisk(DateTime nowUtc, int dueSoonDays)
    {
        var soon = nowUtc.AddDays(dueSoonDays);
        return c => (c.Status == CaseStatus.Assigned || c.Status == CaseStatus.InProgress) && c.RespondByUtc >= nowUtc && c.RespondByUtc < soon;
    }
}
