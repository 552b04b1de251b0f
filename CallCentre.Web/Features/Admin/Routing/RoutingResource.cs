namespace CallCentre.Web.Features.Admin.Routing;

/// <summary>Marker for the strings of the administrators' routing page and the routing rules' messages.</summary>
public sealed class RoutingResource;
