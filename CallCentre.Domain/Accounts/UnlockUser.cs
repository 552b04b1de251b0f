using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>Lets a locked-out user sign in again, whether an administrator or too many wrong passwords locked them.</summary>
public sealed class UnlockUser(UserAdministrationRunner runner)
{
    public Task<UserAdminResult> ExecuteAsync(string userId, CancellationToken cancellationToken = default) =>
        runner.RunAsync(
            async context =>
            {
                var users = context.Users;
                if (await users.FindByIdAsync(userId) is not { } user)
                {
                    return UserAdminResult.Refused(null, UserMessages.UserNotFound);
                }

                return await context.RunStepsAsync(user.Id, new Func<Task<IdentityResult>>[]
                {
                    () => users.SetLockoutEndDateAsync(user, null),
                    () => users.ResetAccessFailedCountAsync(user),
                    () => users.UpdateSecurityStampAsync(user),
                });
            },
            cancellationToken);
}
