namespace CallCentre.Web.Features.Admin.Users;

/// <summary>Marker for the strings of user administration (UsersResource.resx, UsersResource.mn.resx), domain message keys included.</summary>
public sealed class UsersResource;
