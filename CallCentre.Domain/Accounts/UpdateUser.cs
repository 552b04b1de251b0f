using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>The parts of a staff account an administrator may change after creating it.</summary>
public sealed record UpdateUserCommand(string UserId, string DisplayName, IReadOnlyCollection<string> Roles, int? OrganisationId);

/// <summary>
/// Changes a user's name, roles and organisation, or refuses and saves nothing. A change of roles or organisation
/// renews the security stamp, so the user's open sessions lose the old access at the next check.
/// </summary>
public sealed class UpdateUser(UserAdministrationRunner runner, TimeProvider clock)
{
    public Task<UserAdminResult> ExecuteAsync(UpdateUserCommand command, string actingUserId, CancellationToken cancellationToken = default)
    {
        var roles = (command.Roles ?? []).Distinct().ToList();
        var fieldErrors = new List<UserAdminError>();
        fieldErrors.AddIfRefused(UserRules.CheckDisplayName(command.DisplayName));
        fieldErrors.AddIfRefused(UserRules.CheckRoles(roles));
        fieldErrors.AddIfRefused(UserRules.CheckOrganisation(roles, command.OrganisationId));

        return runner.RunAsync(
            async context =>
            {
                var users = context.Users;
                if (await users.FindByIdAsync(command.UserId) is not { } user)
                {
                    return UserAdminResult.Refused(null, UserMessages.UserNotFound);
                }

                var errors = fieldErrors.ToList();
                errors.AddIfRefused(await OrganisationCheck.CheckAsync(context.Db, command.OrganisationId, user.OrganisationId, cancellationToken));
                var currentRoles = await users.GetRolesAsync(user);
                if (currentRoles.Contains(Roles.Administrator) && !roles.Contains(Roles.Administrator))
                {
                    if (user.Id == actingUserId)
                    {
                        errors.Add(new(UserField.Roles, UserMessages.CannotRemoveOwnAdministratorRole));
                    }
                    else if (await Administrators.IsLastActiveAsync(users, user, clock.GetUtcNow()))
                    {
                        errors.Add(new(UserField.Roles, UserMessages.LastAdministrator));
                    }
                }

                if (errors.Count > 0)
                {
                    return UserAdminResult.Refused(errors);
                }

                var accessChanges = user.OrganisationId != command.OrganisationId || !currentRoles.ToHashSet().SetEquals(roles);
                user.DisplayName = command.DisplayName.Trim();
                user.OrganisationId = command.OrganisationId;
                var steps = new List<Func<Task<IdentityResult>>>
                {
                    () => users.UpdateAsync(user),
                    () => users.RemoveFromRolesAsync(user, currentRoles.Except(roles)),
                    () => users.AddToRolesAsync(user, roles.Except(currentRoles)),
                };
                if (accessChanges)
                {
                    steps.Add(() => users.UpdateSecurityStampAsync(user));
                }

                return await context.RunStepsAsync(user.Id, steps);
            },
            cancellationToken);
    }
}
