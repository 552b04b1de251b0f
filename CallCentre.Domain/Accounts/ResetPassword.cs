using CallCentre.Domain.UseCases;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>The new password an administrator sets for a user who forgot theirs.</summary>
public sealed record ResetPasswordInput(string UserId, string Password);

/// <summary>Replaces a user's password; their open sessions end at the next security-stamp check.</summary>
public sealed class ResetPassword(UserAdministrationRunner runner)
{
    public Task<SaveResult<string>> RunAsync(ResetPasswordInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var lengthError = UserRules.CheckPassword(input.Password);
        return runner.RunAsync(
            async context =>
            {
                var users = context.Users;
                if (await users.FindByIdAsync(input.UserId) is not { } user)
                {
                    return SaveResult<string>.Invalid(SaveResult.Form, UserMessages.UserNotFound);
                }

                var errors = lengthError is null ? await context.CheckPasswordAsync(user, input.Password) : [lengthError];
                if (errors.Count > 0)
                {
                    return SaveResult<string>.Invalid(errors);
                }

                var steps = new List<Func<Task<IdentityResult>>>();
                if (await users.HasPasswordAsync(user))
                {
                    steps.Add(() => users.RemovePasswordAsync(user));
                }

                steps.Add(() => users.AddPasswordAsync(user, input.Password));
                steps.Add(() => users.UpdateSecurityStampAsync(user));
                return await context.RunStepsAsync(user.Id, steps);
            },
            cancellationToken);
    }
}
