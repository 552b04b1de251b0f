namespace CallCentre.Web.Features.Accounts;

/// <summary>Names of the authorization policies pages ask for.</summary>
public static class Policies
{
    public const string Staff = "Staff";
    public const string Administration = "Administration";
}
