namespace CallCentre.Domain.Accounts;

/// <summary>The message keys user administration answers with; the web layer translates them (UsersResource).</summary>
public static class UserMessages
{
    public const string EmailRequired = "Users.Error.EmailRequired";
    public const string EmailInvalid = "Users.Error.EmailInvalid";
    public const string EmailTaken = "Users.Error.EmailTaken";
    public const string DisplayNameRequired = "Users.Error.DisplayNameRequired";

    /// <summary>Argument: the maximum length.</summary>
    public const string DisplayNameTooLong = "Users.Error.DisplayNameTooLong";
    public const string RoleRequired = "Users.Error.RoleRequired";
    public const string RoleUnknown = "Users.Error.RoleUnknown";
    public const string OrganisationRequired = "Users.Error.OrganisationRequired";
    public const string OrganisationNotFound = "Users.Error.OrganisationNotFound";
    public const string OrganisationInactive = "Users.Error.OrganisationInactive";
    public const string PasswordRequired = "Users.Error.PasswordRequired";

    /// <summary>Argument: the minimum length.</summary>
    public const string PasswordTooShort = "Users.Error.PasswordTooShort";
    public const string PasswordRequiresDigit = "Users.Error.PasswordRequiresDigit";
    public const string PasswordRequiresLower = "Users.Error.PasswordRequiresLower";
    public const string PasswordRequiresUpper = "Users.Error.PasswordRequiresUpper";
    public const string PasswordRequiresNonAlphanumeric = "Users.Error.PasswordRequiresNonAlphanumeric";

    /// <summary>Argument: the number of different characters required.</summary>
    public const string PasswordRequiresUniqueChars = "Users.Error.PasswordRequiresUniqueChars";
    public const string PasswordRejected = "Users.Error.PasswordRejected";
    public const string UserNotFound = "Users.Error.UserNotFound";
    public const string CannotLockSelf = "Users.Error.CannotLockSelf";
    public const string CannotRemoveOwnAdministratorRole = "Users.Error.CannotRemoveOwnAdministratorRole";
    public const string LastAdministrator = "Users.Error.LastAdministrator";
    public const string ConcurrencyFailure = "Users.Error.ConcurrencyFailure";
    public const string SaveFailed = "Users.Error.SaveFailed";

    /// <summary>Every key above, for the test that both languages translate them all.</summary>
    public static IReadOnlyList<string> All { get; } =
        typeof(UserMessages).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
}
