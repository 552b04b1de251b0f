namespace CallCentre.Web.Features.Cases;

/// <summary>Marker for the strings of the case page and its print view.</summary>
public sealed class CasePageResource;
