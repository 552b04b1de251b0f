using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>The roles multi-select and the organisation picker (active organisations, in the current language).</summary>
public partial class UserAccessFields
{
    private MudSelect<string> _rolesField = default!;
    private MudAutocomplete<OrganisationChoice> _organisationField = default!;

    [Parameter, EditorRequired]
    public UserFormModel Model { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<OrganisationChoice> Organisations { get; set; } = [];

    [Parameter, EditorRequired]
    public ServerRefusals Refusals { get; set; } = default!;

    /// <summary>The organisation the user already has: it stays choosable even if it was deactivated since.</summary>
    [Parameter]
    public int? CurrentOrganisationId { get; set; }

    [Inject]
    private IStringLocalizer<UsersResource> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> Shared { get; set; } = default!;

    private string RoleName(string? role) => role is null ? "" : Shared["Role." + role];

    private string OrganisationName(OrganisationChoice? organisation) => L.OrganisationName(organisation);

    private Task<IEnumerable<OrganisationChoice>> SearchAsync(string? text, CancellationToken cancellationToken) =>
        UsersText.MatchingAsync(Organisations.Where(o => o.IsActive || o.Id == CurrentOrganisationId), text);

    private string? ValidateRoles(string? _) => !Model.RolesTouched ? null
        : L.MessageOrNull(UserRules.CheckRoles(Model.Roles) ?? Refusals.For(nameof(CreateUserInput.Roles), Model.ValueOf(nameof(CreateUserInput.Roles))));

    private string? ValidateOrganisation(OrganisationChoice? organisation) =>
        L.MessageOrNull(UserRules.CheckOrganisation(Model.Roles, organisation?.Id)
            ?? Refusals.For(nameof(CreateUserInput.OrganisationId), organisation?.Id.ToString(CultureInfo.InvariantCulture)));

    private async Task OnRolesChangedAsync(IReadOnlyCollection<string>? roles)
    {
        // The select reports its initial selection too; only a real change is worth a message.
        if (Model.Roles.ToHashSet().SetEquals(roles ?? []))
        {
            return;
        }

        Model.Roles = [.. roles ?? []];
        Model.RolesTouched = true;
        await _rolesField.ValidateAsync();

        // Dropping an agency role makes a missing organisation fine again.
        if (_organisationField.HasErrors)
        {
            await _organisationField.ValidateAsync();
        }
    }

    private async Task OnOrganisationChangedAsync(OrganisationChoice? organisation)
    {
        Model.Organisation = organisation;
        await _organisationField.ValidateAsync();
    }
}
