using System.Globalization;
using CallCentre.Domain.Accounts;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>What the admin types into the create and edit dialogs; kept as typed until a save succeeds.</summary>
public sealed class UserFormModel
{
    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public IReadOnlyCollection<string> Roles { get; set; } = [];

    public OrganisationChoice? Organisation { get; set; }

    public string Password { get; set; } = "";

    /// <summary>
    /// Set once the admin changed the roles or tried to save: MudSelect validates on its first render,
    /// and "choose a role" must not greet the admin before they did anything.
    /// </summary>
    public bool RolesTouched { get; set; }

    public static UserFormModel From(UserListItem user, IEnumerable<OrganisationChoice> organisations) => new()
    {
        Email = user.Email,
        DisplayName = user.DisplayName,
        Roles = [.. user.Roles],
        Organisation = organisations.FirstOrDefault(o => o.Id == user.OrganisationId),
    };

    /// <summary>The value of a field as the server saw it, so that a refusal stays at the field until that value changes.</summary>
    public string? ValueOf(string field) => field switch
    {
        nameof(CreateUserInput.Email) => Email.Trim(),
        nameof(CreateUserInput.DisplayName) => DisplayName.Trim(),
        nameof(CreateUserInput.Roles) => string.Join(',', Roles.Order(StringComparer.Ordinal)),
        nameof(CreateUserInput.OrganisationId) => Organisation?.Id.ToString(CultureInfo.InvariantCulture),
        nameof(CreateUserInput.Password) => Password,
        _ => null,
    };
}
