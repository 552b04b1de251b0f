using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>Keeps the system from losing its last active administrator: without one nobody could manage users again.</summary>
public static class Administrators
{
    public static bool IsLockedOut(ApplicationUser user, DateTimeOffset now) => user.LockoutEnd is { } end && end > now;

    /// <summary>Whether taking <paramref name="user"/> out of active administration would leave no active administrator.</summary>
    public static async Task<bool> IsLastActiveAsync(UserManager<ApplicationUser> users, ApplicationUser user, DateTimeOffset now)
    {
        if (IsLockedOut(user, now) || !await users.IsInRoleAsync(user, Roles.Administrator))
        {
            return false;
        }

        var administrators = await users.GetUsersInRoleAsync(Roles.Administrator);
        return !administrators.Any(a => a.Id != user.Id && !IsLockedOut(a, now));
    }
}
