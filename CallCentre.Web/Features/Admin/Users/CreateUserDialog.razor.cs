using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>Creates a staff account; a refused save keeps the dialog open with what was typed and the reason at the field.</summary>
public partial class CreateUserDialog
{
    private readonly UserFormModel _model = new();
    private readonly ServerRefusals _refusals = new();
    private MudForm _form = default!;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyList<OrganisationChoice> Organisations { get; set; } = [];

    [Inject]
    private CreateUser CreateUser { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UsersResource> L { get; set; } = default!;

    private string? ValidateEmail(string? email) =>
        L.MessageOrNull(UserRules.CheckEmail(email) ?? _refusals.For(nameof(CreateUserInput.Email), email?.Trim()));

    private string? ValidateDisplayName(string? name) =>
        L.MessageOrNull(UserRules.CheckDisplayName(name) ?? _refusals.For(nameof(CreateUserInput.DisplayName), name?.Trim()));

    private string? ValidatePassword(string? password) =>
        L.MessageOrNull(UserRules.CheckPassword(password) ?? _refusals.For(nameof(CreateUserInput.Password), password));

    private Task SaveOnEnterAsync(KeyboardEventArgs args) => args.Key == "Enter" ? SaveAsync() : Task.CompletedTask;

    private async Task SaveAsync()
    {
        if (_saving)
        {
            return;
        }

        _model.RolesTouched = true;
        await _form.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        _saving = true;
        try
        {
            var result = await CreateUser.RunAsync(
                new CreateUserInput(_model.Email, _model.DisplayName, _model.Roles, _model.Organisation?.Id, _model.Password), Actor);
            if (result.Succeeded)
            {
                MudDialog.Close(DialogResult.Ok(_model.Email.Trim()));
                return;
            }

            _refusals.Remember(result.Refusals, _model.ValueOf);
            await _form.ValidateAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private void Cancel() => MudDialog.Cancel();
}
