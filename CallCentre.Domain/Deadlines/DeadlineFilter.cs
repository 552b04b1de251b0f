namespace CallCentre.Domain.Deadlines;

/// <summary>The deadline filters of the case lists: cases whose clock runs and is near or past the respond-by deadline.</summary>
public enum DeadlineFilter
{
    /// <summary>Respond-by within the due-soon days (<c>Inbox:DueSoonDays</c>) and not yet passed; not paused.</summary>
    AtRisk,

    /// <summary>Respond-by passed; not paused, not answered.</summary>
    Overdue,
}
