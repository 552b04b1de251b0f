using CallCentre.Domain.Accounts;
using CallCentre.Web.Features.Accounts.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Web.Features.Accounts.Pages.Manage;

/// <summary>Changing one's own password; the messages are checked here and by Identity's password rules.</summary>
public partial class ChangePassword
{
    private string? _error;
    private ApplicationUser? _user;
    private EditContext _editContext = default!;
    private FormErrors _errors = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private InputModel Input { get; set; } = default!;

    private int MinimumLength => UserManager.Options.Password.RequiredLength;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        _editContext = new EditContext(Input);
        _errors = new FormErrors(_editContext);

        _user = await UserManager.GetUserAsync(HttpContext.User);
        if (_user is null)
        {
            RedirectManager.RedirectToInvalidUser();
        }
    }

    private async Task OnSubmitAsync()
    {
        if (_user is null)
        {
            return;
        }

        if (Validate())
        {
            var result = await UserManager.ChangePasswordAsync(_user, Input.OldPassword, Input.NewPassword);
            if (result.Succeeded)
            {
                await SignInManager.RefreshSignInAsync(_user);
                Logger.LogInformation("User {UserId} changed their password", _user.Id);
                RedirectManager.RedirectToCurrentPageWithStatus("Status.PasswordChanged", HttpContext);
                return;
            }

            ShowErrors(result);
        }

        // Passwords are never sent back into the page.
        Input.OldPassword = Input.NewPassword = Input.ConfirmPassword = "";
    }

    private bool Validate()
    {
        _errors.Clear();
        _errors.Check(Input.OldPassword.Length > 0, () => Input.OldPassword, L["Validation.CurrentPasswordRequired"]);
        if (Input.NewPassword.Length == 0)
        {
            _errors.Add(() => Input.NewPassword, L["Validation.NewPasswordRequired"]);
        }
        else if (Input.NewPassword.Length < MinimumLength)
        {
            _errors.Add(() => Input.NewPassword, L["Validation.PasswordTooShort", MinimumLength]);
        }
        else if (Input.NewPassword == Input.OldPassword)
        {
            _errors.Add(() => Input.NewPassword, L["Validation.PasswordUnchanged"]);
        }

        _errors.Check(Input.ConfirmPassword == Input.NewPassword, () => Input.ConfirmPassword, L["Validation.PasswordsDiffer"]);
        return _errors.IsValid;
    }

    private void ShowErrors(IdentityResult result)
    {
        // Identity's error codes are the names of IdentityErrorDescriber's methods.
        var codes = result.Errors.Select(e => e.Code).ToHashSet();
        if (codes.Contains(nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            _errors.Add(() => Input.OldPassword, L["ChangePassword.WrongCurrent"]);
        }
        else if (codes.Contains(nameof(IdentityErrorDescriber.PasswordTooShort)))
        {
            _errors.Add(() => Input.NewPassword, L["Validation.PasswordTooShort", MinimumLength]);
        }
        else
        {
            Logger.LogWarning("Password change failed for user {UserId}: {Codes}", _user!.Id, string.Join(", ", codes));
            _error = L["ChangePassword.Failed"];
        }
    }

    private sealed class InputModel
    {
        public string OldPassword { get; set; } = "";

        public string NewPassword { get; set; } = "";

        public string ConfirmPassword { get; set; } = "";
    }
}
