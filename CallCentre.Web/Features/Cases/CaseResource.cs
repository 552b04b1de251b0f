namespace CallCentre.Web.Features.Cases;

/// <summary>Marker for the strings every case screen shares: names of types, channels, statuses, priorities, and the case rules' messages.</summary>
public sealed class CaseResource;
