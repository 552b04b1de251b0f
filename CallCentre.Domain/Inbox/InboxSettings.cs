namespace CallCentre.Domain.Inbox;

/// <summary>The <c>Inbox</c> settings: when an open case counts as due soon.</summary>
public sealed class InboxSettings
{
    public const string Section = "Inbox";
    public const int DefaultDueSoonDays = 5;

    /// <summary>A case is due soon when its respond-by deadline falls within this many days (1 to 30).</summary>
    public int DueSoonDays { get; set; } = DefaultDueSoonDays;
}
