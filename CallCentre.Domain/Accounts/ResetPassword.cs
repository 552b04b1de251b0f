using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>The new password an administrator sets for a user who forgot theirs.</summary>
public sealed record ResetPasswordCommand(string UserId, string NewPassword);

/// <summary>Replaces a user's password; their open sessions end at the next security-stamp check.</summary>
public sealed class ResetPassword(UserAdministrationRunner runner)
{
    public Task<UserAdminResult> ExecuteAsync(ResetPasswordCommand command, CancellationToken cancellationToken = default)
    {
        var lengthError = UserRules.CheckPassword(command.NewPassword);
        return runner.RunAsync(
            async context =>
            {
                var users = context.Users;
                if (await users.FindByIdAsync(command.UserId) is not { } user)
                {
                    return UserAdminResult.Refused(null, UserMessages.UserNotFound);
                }

                var errors = lengthError is null ? await context.CheckPasswordAsync(user, command.NewPassword) : [lengthError];
                if (errors.Count > 0)
                {
                    return UserAdminResult.Refused(errors);
                }

                var steps = new List<Func<Task<IdentityResult>>>();
                if (await users.HasPasswordAsync(user))
                {
                    steps.Add(() => users.RemovePasswordAsync(user));
                }

                steps.Add(() => users.AddPasswordAsync(user, command.NewPassword));
                steps.Add(() => users.UpdateSecurityStampAsync(user));
                return await context.RunStepsAsync(user.Id, steps);
            },
            cancellationToken);
    }
}
