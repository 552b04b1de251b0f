using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Persistence;

namespace CallCentre.Domain.Workflow;

/// <summary>What a move needs besides the case: the database it runs in, who acts, what they see, and the time.</summary>
internal sealed record CaseMoveContext(CallCentreDbContext Db, Actor Actor, CaseVisibility Visibility, DateTime NowUtc, CalendarSettings CalendarSettings)
{
    /// <summary>The calendar and policies, read in this operation, for the moves that set or move deadlines.</summary>
    public Task<CaseClock> ClockAsync(CancellationToken cancellationToken) => CaseClock.LoadAsync(Db, CalendarSettings, cancellationToken);
}
