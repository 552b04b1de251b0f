namespace CallCentre.Domain.Inbox;

/// <summary>Whose cases an inbox shows: the signed-in officer's own, or the whole organisation's (with its units).</summary>
public enum InboxScope
{
    Organisation,
    Mine,
}
