namespace CallCentre.Web.Features.Board;

/// <summary>Marker for the strings of the supervisor board.</summary>
public sealed class BoardResource;
