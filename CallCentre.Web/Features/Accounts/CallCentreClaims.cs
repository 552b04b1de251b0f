namespace CallCentre.Web.Features.Accounts;

/// <summary>Claims the app adds to a signed-in user beyond Identity's own.</summary>
public static class CallCentreClaims
{
    public const string DisplayName = "cc:display_name";
    public const string OrganisationId = "cc:organisation_id";
    public const string TwoFactorEnabled = "cc:two_factor";
    public const string DemoAccount = "cc:demo";

    /// <summary>"true" when an administrator granted the user the personal-data permission.</summary>
    public const string PersonalData = "cc:personal_data";
}
