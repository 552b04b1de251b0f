using CallCentre.Domain.UseCases;
namespace CallCentre.Domain.Accounts;

/// <summary>What an administrator enters for a new staff account; the e-mail is also the sign-in name.</summary>
public sealed record CreateUserInput(string Email, string DisplayName, IReadOnlyCollection<string> Roles, int? OrganisationId, string Password);

/// <summary>Creates a staff account with its roles and organisation and an initial password, or refuses and saves nothing.</summary>
public sealed class CreateUser(UserAdministrationRunner runner, TimeProvider clock)
{
    public Task<SaveResult<string>> RunAsync(CreateUserInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var email = input.Email?.Trim() ?? "";
        var roles = (input.Roles ?? []).Distinct().ToList();
        var fieldErrors = new List<FieldError>();
        fieldErrors.AddIfRefused(UserRules.CheckEmail(email));
        fieldErrors.AddIfRefused(UserRules.CheckDisplayName(input.DisplayName));
        fieldErrors.AddIfRefused(UserRules.CheckRoles(roles));
        fieldErrors.AddIfRefused(UserRules.CheckOrganisation(roles, input.OrganisationId));
        fieldErrors.AddIfRefused(UserRules.CheckPassword(input.Password));

        return runner.RunAsync(
            async context =>
            {
                var errors = fieldErrors.ToList();
                if (!errors.Any(e => e.Field == nameof(CreateUserInput.Email)) && await context.Users.FindByEmailAsync(email) is not null)
                {
                    errors.Add(new(nameof(CreateUserInput.Email), UserMessages.EmailTaken));
                }

                errors.AddIfRefused(await OrganisationCheck.CheckAsync(context.Db, input.OrganisationId, currentOrganisationId: null, cancellationToken));
                var user = new ApplicationUser
                {
                    UserName = email,
                    Email = email,
                    EmailConfirmed = true,
                    DisplayName = input.DisplayName?.Trim() ?? "",
                    OrganisationId = input.OrganisationId,
                    CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                };
                if (!errors.Any(e => e.Field == nameof(CreateUserInput.Password)))
                {
                    errors.AddRange(await context.CheckPasswordAsync(user, input.Password));
                }

                if (errors.Count > 0)
                {
                    return SaveResult<string>.Invalid(errors);
                }

                var created = await context.Users.CreateAsync(user, input.Password);
                if (!created.Succeeded)
                {
                    return SaveResult<string>.Invalid(context.Errors(created));
                }

                var added = await context.Users.AddToRolesAsync(user, roles);
                return added.Succeeded ? SaveResult<string>.Saved(user.Id) : SaveResult<string>.Invalid(context.Errors(added));
            },
            cancellationToken);
    }
}
