namespace CallCentre.Web.Features.Audit;

/// <summary>Marker for the strings of the audit page.</summary>
public sealed class AuditResource;
