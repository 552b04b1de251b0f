namespace CallCentre.Web.Features.Accounts;

/// <summary>Marker for the strings of the sign-in and account pages (AccountResource.resx, AccountResource.mn.resx).</summary>
public sealed class AccountResource;
