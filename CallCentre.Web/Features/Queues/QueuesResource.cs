namespace CallCentre.Web.Features.Queues;

/// <summary>Marker for the strings of the supervisors' queues.</summary>
public sealed class QueuesResource;
