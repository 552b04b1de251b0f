using CallCentre.Domain.UseCases;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>The parts of a staff account an administrator may change after creating it.</summary>
public sealed record UpdateUserInput(string UserId, string DisplayName, IReadOnlyCollection<string> Roles, int? OrganisationId);

/// <summary>
/// Changes a user's name, roles and organisation, or refuses and saves nothing. A change of roles or organisation
/// renews the security stamp, so the user's open sessions lose the old access at the next check.
/// </summary>
public sealed class UpdateUser(UserAdministrationRunner runner, TimeProvider clock)
{
    public Task<SaveResult<string>> RunAsync(UpdateUserInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var roles = (input.Roles ?? []).Distinct().ToList();
        var fieldErrors = new List<FieldError>();
        fieldErrors.AddIfRefused(UserRules.CheckDisplayName(input.DisplayName));
        fieldErrors.AddIfRefused(UserRules.CheckRoles(roles));
        fieldErrors.AddIfRefused(UserRules.CheckOrganisation(roles, input.OrganisationId));

        return runner.RunAsync(
            async context =>
            {
                var users = context.Users;
                if (await users.FindByIdAsync(input.UserId) is not { } user)
                {
                    return SaveResult<string>.Invalid(SaveResult.Form, UserMessages.UserNotFound);
                }

                var errors = fieldErrors.ToList();
                errors.AddIfRefused(await OrganisationCheck.CheckAsync(context.Db, input.OrganisationId, user.OrganisationId, cancellationToken));
                var currentRoles = await users.GetRolesAsync(user);
                if (currentRoles.Contains(Roles.Administrator) && !roles.Contains(Roles.Administrator))
                {
                    if (user.Id == actor.UserId)
                    {
                        errors.Add(new(nameof(UpdateUserInput.Roles), UserMessages.CannotRemoveOwnAdministratorRole));
                    }
                    else if (await Administrators.IsLastActiveAsync(users, user, clock.GetUtcNow()))
                    {
                        errors.Add(new(nameof(UpdateUserInput.Roles), UserMessages.LastAdministrator));
                    }
                }

                if (errors.Count > 0)
                {
                    return SaveResult<string>.Invalid(errors);
                }

                var accessChanges = user.OrganisationId != input.OrganisationId || !currentRoles.ToHashSet().SetEquals(roles);
                user.DisplayName = input.DisplayName.Trim();
                user.OrganisationId = input.OrganisationId;
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
