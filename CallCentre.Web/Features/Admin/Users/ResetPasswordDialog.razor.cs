using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>Sets a new password for a user; a refused password keeps the dialog open with the reason at the field.</summary>
public partial class ResetPasswordDialog
{
    private readonly ServerRefusals _refusals = new();
    private string _password = "";
    private MudForm _form = default!;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public UserListItem User { get; set; } = default!;

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = default!;

    [Inject]
    private ResetPassword ResetPassword { get; set; } = default!;

    [Inject]
    private IStringLocalizer<UsersResource> L { get; set; } = default!;

    private string? ValidatePassword(string? password) =>
        L.MessageOrNull(UserRules.CheckPassword(password) ?? _refusals.For(nameof(ResetPasswordInput.Password), password));

    private Task SaveOnEnterAsync(KeyboardEventArgs args) => args.Key == "Enter" ? SaveAsync() : Task.CompletedTask;

    private async Task SaveAsync()
    {
        if (_saving)
        {
            return;
        }

        await _form.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        _saving = true;
        try
        {
            var result = await ResetPassword.RunAsync(new ResetPasswordInput(User.Id, _password), Actor);
            if (result.Succeeded)
            {
                MudDialog.Close(DialogResult.Ok(true));
                return;
            }

            _refusals.Remember(result.Refusals, field => field == nameof(ResetPasswordInput.Password) ? _password : null);
            await _form.ValidateAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private void Cancel() => MudDialog.Cancel();
}
