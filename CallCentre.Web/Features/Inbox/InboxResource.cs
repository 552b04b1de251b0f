namespace CallCentre.Web.Features.Inbox;

/// <summary>Marker for the strings of the agency inbox and of deadlines shown as time left.</summary>
public sealed class InboxResource;
