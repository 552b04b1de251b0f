namespace CallCentre.Domain.Accounts;

/// <summary>What an administrator enters for a new staff account; the e-mail is also the sign-in name.</summary>
public sealed record CreateUserCommand(string Email, string DisplayName, IReadOnlyCollection<string> Roles, int? OrganisationId, string Password);

/// <summary>Creates a staff account with its roles and organisation and an initial password, or refuses and saves nothing.</summary>
public sealed class CreateUser(UserAdministrationRunner runner, TimeProvider clock)
{
    public Task<UserAdminResult> ExecuteAsync(CreateUserCommand command, CancellationToken cancellationToken = default)
    {
        var email = command.Email?.Trim() ?? "";
        var roles = (command.Roles ?? []).Distinct().ToList();
        var fieldErrors = new List<UserAdminError>();
        fieldErrors.AddIfRefused(UserRules.CheckEmail(email));
        fieldErrors.AddIfRefused(UserRules.CheckDisplayName(command.DisplayName));
        fieldErrors.AddIfRefused(UserRules.CheckRoles(roles));
        fieldErrors.AddIfRefused(UserRules.CheckOrganisation(roles, command.OrganisationId));
        fieldErrors.AddIfRefused(UserRules.CheckPassword(command.Password));

        return runner.RunAsync(
            async context =>
            {
                var errors = fieldErrors.ToList();
                if (!errors.Any(e => e.Field == UserField.Email) && await context.Users.FindByEmailAsync(email) is not null)
                {
                    errors.Add(new(UserField.Email, UserMessages.EmailTaken));
                }

                errors.AddIfRefused(await OrganisationCheck.CheckAsync(context.Db, command.OrganisationId, currentOrganisationId: null, cancellationToken));
                var user = new ApplicationUser
                {
                    UserName = email,
                    Email = email,
                    EmailConfirmed = true,
                    DisplayName = command.DisplayName?.Trim() ?? "",
                    OrganisationId = command.OrganisationId,
                    CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                };
                if (!errors.Any(e => e.Field == UserField.Password))
                {
                    errors.AddRange(await context.CheckPasswordAsync(user, command.Password));
                }

                if (errors.Count > 0)
                {
                    return UserAdminResult.Refused(errors);
                }

                var created = await context.Users.CreateAsync(user, command.Password);
                if (!created.Succeeded)
                {
                    return UserAdminResult.Refused(context.Errors(created));
                }

                var added = await context.Users.AddToRolesAsync(user, roles);
                return added.Succeeded ? UserAdminResult.Done(user.Id) : UserAdminResult.Refused(context.Errors(added));
            },
            cancellationToken);
    }
}
