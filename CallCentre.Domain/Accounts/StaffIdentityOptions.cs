using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>The Identity rules for staff accounts, shared by the app, the user-admin rules and the tests.</summary>
public static class StaffIdentityOptions
{
    /// <summary>NIST 800-63B: length, not composition.</summary>
    public const int PasswordMinimumLength = 12;

    public const int MaxFailedAccessAttempts = 5;

    public static void Apply(IdentityOptions options)
    {
        options.Password.RequiredLength = PasswordMinimumLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
