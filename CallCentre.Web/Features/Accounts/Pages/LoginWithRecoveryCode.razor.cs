using CallCentre.Domain.Accounts;
using CallCentre.Web.Features.Accounts.Shared;
using CallCentre.Web.Features.RateLimits;
using CallCentre.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace CallCentre.Web.Features.Accounts.Pages;

/// <summary>The second sign-in step without the phone: one of the saved recovery codes, each good once.</summary>
public partial class LoginWithRecoveryCode
{
    private bool _failed;
    private string? _throttled;
    private ApplicationUser? _user;
    private EditContext _editContext = default!;
    private FormErrors _errors = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private InputModel Input { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        _editContext = new EditContext(Input);
        _errors = new FormErrors(_editContext);

        // Only after the password step; otherwise start there.
        _user = await SignInManager.GetTwoFactorAuthenticationUserAsync();
        if (_user is null)
        {
            RedirectManager.RedirectTo("Account/Login");
        }
    }

    private async Task OnSubmitAsync()
    {
        if (_user is null)
        {
            return;
        }

        var code = Input.RecoveryCode.Replace(" ", "", StringComparison.Ordinal);
        _errors.Clear();
        _errors.Check(code.Length > 0, () => Input.RecoveryCode, L["Validation.RecoveryCodeRequired"]);
        if (!_errors.IsValid)
        {
            return;
        }

        var account = _user.Email ?? _user.Id;
        if (Guard.Refuse(account) is { } wait)
        {
            _throttled = TooManyRequests.Message(L, wait);
            return;
        }

        await Guard.PrepareAsync(_user);
        var result = await SignInManager.TwoFactorRecoveryCodeSignInAsync(code);
        Guard.Record(account, result);
        Input.RecoveryCode = "";
        if (result.Succeeded)
        {
            Logger.LogInformation("User {UserId} signed in with a recovery code", _user.Id);
            LocalizationRegistration.WriteCultureCookie(HttpContext.Response, _user.PreferredCulture);
            RedirectManager.RedirectTo(ReturnUrl);
        }
        else if (result.IsLockedOut)
        {
            Logger.LogWarning("User {UserId} is locked out", _user.Id);
            RedirectManager.RedirectTo("Account/Lockout");
        }
        else
        {
            Logger.LogWarning("Wrong recovery code for user {UserId}", _user.Id);
            _failed = true;
        }
    }

    private sealed class InputModel
    {
        public string RecoveryCode { get; set; } = "";
    }
}
