namespace CallCentre.Web.Features.Cases;

/// <summary>Marker for the strings of the moves on the case page: the actions bar and its dialogs.</summary>
public sealed class CaseActionsResource;
