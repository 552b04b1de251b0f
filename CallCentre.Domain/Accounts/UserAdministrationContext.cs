using CallCentre.Domain.UseCases;
using CallCentre.Domain.Persistence;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Domain.Accounts;

/// <summary>The UserManager and the DbContext of one user-admin change; both share the change's transaction.</summary>
public sealed record UserAdministrationContext(UserManager<ApplicationUser> Users, CallCentreDbContext Db)
{
    public IReadOnlyList<FieldError> Errors(IdentityResult result) =>
        IdentityErrorMessages.From(result.Errors, Users.Options.Password);

    /// <summary>The password validators' verdict, as message keys at the password field.</summary>
    public async Task<IReadOnlyList<FieldError>> CheckPasswordAsync(ApplicationUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in Users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(Users, user, password);
            errors.AddRange(result.Errors);
        }

        return IdentityErrorMessages.From(errors, Users.Options.Password);
    }

    /// <summary>Runs Identity calls in order and stops at the first that fails; the runner then rolls all of them back.</summary>
    public async Task<SaveResult<string>> RunStepsAsync(string userId, IEnumerable<Func<Task<IdentityResult>>> steps)
    {
        foreach (var step in steps)
        {
            var result = await step();
            if (!result.Succeeded)
            {
                return SaveResult<string>.Invalid(Errors(result));
            }
        }

        return SaveResult<string>.Saved(userId);
    }
}
