namespace CallCentre.Web.Features.ResponseTemplates;

/// <summary>Marker for the strings of the response templates page.</summary>
public sealed class ResponseTemplatesResource;
