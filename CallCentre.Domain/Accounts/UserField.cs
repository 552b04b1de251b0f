namespace CallCentre.Domain.Accounts;

/// <summary>The fields of the user-admin forms, so that a refusal can be shown at the field it concerns.</summary>
public static class UserField
{
    public const string Email = "Email";
    public const string DisplayName = "DisplayName";
    public const string Roles = "Roles";
    public const string Organisation = "Organisation";
    public const string Password = "Password";
}
