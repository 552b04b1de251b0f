using CallCentre.Domain.Accounts;
using Microsoft.AspNetCore.Components;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>Changes a user's name, roles and organisation; a refused save keeps the dialog open with the reason at the field.</summary>
public partial class EditUserDialog : UserFormDialog
{
    private UserFormModel _model = new();

    [Parameter, EditorRequired]
    public UserListItem User { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<OrganisationChoice> Organisations { get; set; } = [];

    [Inject]
    private UpdateUser UpdateUser { get; set; } = default!;

    protected override void OnInitialized() => _model = UserFormModel.From(User, Organisations);

    private string? ValidateDisplayName(string? name) =>
        L.MessageOrNull(UserRules.CheckDisplayName(name) ?? Refusals.For(nameof(UpdateUserInput.DisplayName), name?.Trim()));

    protected override Task SaveAsync()
    {
        _model.RolesTouched = true;
        return SaveAndCloseAsync(
            () => UpdateUser.RunAsync(new UpdateUserInput(User.Id, _model.DisplayName, _model.Roles, _model.Organisation?.Id), Actor),
            _model.ValueOf,
            () => _model.DisplayName.Trim());
    }
}
