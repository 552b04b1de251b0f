namespace CallCentre.Web.Features.Cases;

/// <summary>Marker for the strings of the case list: filters, columns, search help.</summary>
public sealed class CaseListResource;
