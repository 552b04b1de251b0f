using CallCentre.Domain.Accounts;
using Microsoft.AspNetCore.Components;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>Sets a new password for a user; a refused password keeps the dialog open with the reason at the field.</summary>
public partial class ResetPasswordDialog : UserFormDialog
{
    private string _password = "";

    [Parameter, EditorRequired]
    public UserListItem User { get; set; } = default!;

    [Inject]
    private ResetPassword ResetPassword { get; set; } = default!;

    private string? ValidatePassword(string? password) =>
        L.MessageOrNull(UserRules.CheckPassword(password) ?? Refusals.For(nameof(ResetPasswordInput.Password), password));

    protected override Task SaveAsync() => SaveAndCloseAsync(
        () => ResetPassword.RunAsync(new ResetPasswordInput(User.Id, _password), Actor),
        field => field == nameof(ResetPasswordInput.Password) ? _password : null,
        () => true);
}
