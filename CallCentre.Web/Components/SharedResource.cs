namespace CallCentre.Web.Components;

/// <summary>Marker for the strings of the shell and of pieces shared by several features (SharedResource.resx, SharedResource.mn.resx).</summary>
public sealed class SharedResource;
