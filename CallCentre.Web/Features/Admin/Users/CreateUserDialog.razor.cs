using CallCentre.Domain.Accounts;
using Microsoft.AspNetCore.Components;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>Creates a staff account; a refused save keeps the dialog open with what was typed and the reason at the field.</summary>
public partial class CreateUserDialog : UserFormDialog
{
    private readonly UserFormModel _model = new();

    [Parameter, EditorRequired]
    public IReadOnlyList<OrganisationChoice> Organisations { get; set; } = [];

    [Inject]
    private CreateUser CreateUser { get; set; } = default!;

    private string? ValidateEmail(string? email) =>
        L.MessageOrNull(UserRules.CheckEmail(email) ?? Refusals.For(nameof(CreateUserInput.Email), email?.Trim()));

    private string? ValidateDisplayName(string? name) =>
        L.MessageOrNull(UserRules.CheckDisplayName(name) ?? Refusals.For(nameof(CreateUserInput.DisplayName), name?.Trim()));

    private string? ValidatePassword(string? password) =>
        L.MessageOrNull(UserRules.CheckPassword(password) ?? Refusals.For(nameof(CreateUserInput.Password), password));

    protected override Task SaveAsync()
    {
        _model.RolesTouched = true;
        return SaveAndCloseAsync(
            () => CreateUser.RunAsync(new CreateUserInput(_model.Email, _model.DisplayName, _model.Roles, _model.Organisation?.Id, _model.Password), Actor),
            _model.ValueOf,
            () => _model.Email.Trim());
    }
}
