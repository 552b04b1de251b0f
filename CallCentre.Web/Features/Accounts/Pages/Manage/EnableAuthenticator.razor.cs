using CallCentre.Domain.Accounts;
using CallCentre.Web.Features.Accounts.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace CallCentre.Web.Features.Accounts.Pages.Manage;

/// <summary>Enrolling an authenticator app: QR code and key, then a code from the app turns 2FA on.</summary>
public partial class EnableAuthenticator
{
    private ApplicationUser? _user;
    private bool _wasRequired;
    private bool _failed;
    private string? _sharedKey;
    private string? _authenticatorUri;
    private string? _qrCode;
    private IReadOnlyList<string>? _recoveryCodes;
    private EditContext _editContext = default!;
    private FormErrors _errors = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private InputModel Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        _editContext = new EditContext(Input);
        _errors = new FormErrors(_editContext);

        _user = await UserManager.GetUserAsync(HttpContext.User);
        if (_user is null)
        {
            RedirectManager.RedirectToInvalidUser();
            return;
        }

        // The middleware sends such users here (?required=1); the explanation follows the rule itself, not the query.
        _wasRequired = TwoFactorRequirementMiddleware.MustEnrol(HttpContext.User, Settings);
        await LoadSharedKeyAsync(_user);
    }

    private async Task OnSubmitAsync()
    {
        if (_user is null)
        {
            return;
        }

        var code = OneTimeCode.Normalise(Input.Code);
        _errors.Clear();
        _errors.Check(OneTimeCode.IsWellFormed(code), () => Input.Code, L["Validation.CodeFormat"]);
        if (!_errors.IsValid)
        {
            return;
        }

        Input.Code = "";
        if (!await UserManager.VerifyTwoFactorTokenAsync(_user, UserManager.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            _failed = true;
            return;
        }

        await UserManager.SetTwoFactorEnabledAsync(_user, true);

        // The cookie's 2FA claim must change now, or the requirement would keep sending the user back here.
        await SignInManager.RefreshSignInAsync(_user);
        Logger.LogInformation("User {UserId} enabled two-factor authentication with an authenticator app", _user.Id);

        if (await UserManager.CountRecoveryCodesAsync(_user) == 0)
        {
            _recoveryCodes = (await UserManager.GenerateNewTwoFactorRecoveryCodesAsync(_user, 10))?.ToList() ?? [];
        }
        else
        {
            RedirectManager.RedirectToWithStatus("Account/Manage/TwoFactorAuthentication", "Status.AuthenticatorVerified", HttpContext);
        }
    }

    private async Task LoadSharedKeyAsync(ApplicationUser user)
    {
        var key = await UserManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await UserManager.ResetAuthenticatorKeyAsync(user);
            key = await UserManager.GetAuthenticatorKeyAsync(user);
        }

        _sharedKey = AuthenticatorLink.GroupKey(key!);
        _authenticatorUri = AuthenticatorLink.Uri(user.Email ?? user.UserName ?? user.Id, key!);
        _qrCode = AuthenticatorLink.QrCodeDataUri(_authenticatorUri);
    }

    private sealed class InputModel
    {
        public string Code { get; set; } = "";
    }
}
