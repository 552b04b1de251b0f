using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>Locks a user out until an administrator unlocks them; their open sessions end at the next security-stamp check.</summary>
public sealed class LockUser(UserAdministrationRunner runner, TimeProvider clock)
{
    public Task<UserAdminResult> ExecuteAsync(string userId, string actingUserId, CancellationToken cancellationToken = default) =>
        runner.RunAsync(
            async context =>
            {
                var users = context.Users;
                if (await users.FindByIdAsync(userId) is not { } user)
                {
                    return UserAdminResult.Refused(null, UserMessages.UserNotFound);
                }

                if (user.Id == actingUserId)
                {
                    return UserAdminResult.Refused(null, UserMessages.CannotLockSelf);
                }

                if (await Administrators.IsLastActiveAsync(users, user, clock.GetUtcNow()))
                {
                    return UserAdminResult.Refused(null, UserMessages.LastAdministrator);
                }

                return await context.RunStepsAsync(user.Id, new Func<Task<IdentityResult>>[]
                {
                    () => users.SetLockoutEnabledAsync(user, true),
                    () => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue),
                    () => users.UpdateSecurityStampAsync(user),
                });
            },
            cancellationToken);
}
