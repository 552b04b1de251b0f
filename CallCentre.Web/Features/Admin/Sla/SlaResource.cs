namespace CallCentre.Web.Features.Admin.Sla;

/// <summary>Marker for the strings of the administrators' SLA policy page and the policy rules' messages.</summary>
public sealed class SlaResource;
