using CallCentre.Domain.Accounts;
using CallCentre.Web.Features.Accounts.Shared;
using CallCentre.Web.Features.RateLimits;
using CallCentre.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Web.Features.Accounts.Pages;

/// <summary>The sign-in form: e-mail and password, lockout after repeated failures, then the second factor if the account has one.</summary>
public partial class Login
{
    private bool _failed;
    private string? _throttled;
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
        if (HttpMethods.IsGet(HttpContext.Request.Method))
        {
            await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        }
    }

    private async Task LoginUserAsync()
    {
        _errors.Clear();
        _errors.Check(!string.IsNullOrWhiteSpace(Input.Email), () => Input.Email, L["Validation.EmailRequired"]);
        _errors.Check(!string.IsNullOrEmpty(Input.Password), () => Input.Password, L["Validation.PasswordRequired"]);
        if (!_errors.IsValid)
        {
            return;
        }

        // Throttled for this address: 429 and the wait, and nothing else happens (no lookup, no audit entry).
        var email = Input.Email.Trim();
        if (Guard.Refuse(email) is { } wait)
        {
            _throttled = TooManyRequests.Message(L, wait);
            Input.Password = "";
            return;
        }

        // Looked up by e-mail so that the user name may differ from it; an unknown address gets the same answer as a wrong password.
        var user = await UserManager.FindByEmailAsync(email);
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (user is null)
        {
            result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
            Guard.RecordUnknown(email);
        }
        else
        {
            await Guard.PrepareAsync(user);
            result = await SignInManager.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
            Guard.Record(email, result);
        }

        Input.Password = "";

        if (result.Succeeded)
        {
            Logger.LogInformation("User {UserId} signed in", user!.Id);
            LocalizationRegistration.WriteCultureCookie(HttpContext.Response, user.PreferredCulture);
            RedirectManager.RedirectTo(ReturnUrl);
        }
        else if (result.RequiresTwoFactor)
        {
            RedirectManager.RedirectTo("Account/LoginWith2fa", new() { ["returnUrl"] = ReturnUrl });
        }
        else if (result.IsLockedOut)
        {
            Logger.LogWarning("User {UserId} is locked out", user!.Id);
            RedirectManager.RedirectTo("Account/Lockout", new() { ["minutes"] = await MinutesUntilUnlockedAsync(user) });
        }
        else
        {
            Logger.LogWarning("Failed sign-in for {UserId}", user?.Id ?? "an unknown e-mail address");
            _failed = true;
        }
    }

    /// <summary>Whole minutes left on an automatic lockout; none when an administrator locked the account for longer.</summary>
    private async Task<int?> MinutesUntilUnlockedAsync(ApplicationUser user)
    {
        var end = await UserManager.GetLockoutEndDateAsync(user);
        var left = end - Clock.GetUtcNow();
        return left is { } span && span > TimeSpan.Zero && span <= UserManager.Options.Lockout.DefaultLockoutTimeSpan
            ? (int)Math.Ceiling(span.TotalMinutes)
            : null;
    }

    private sealed class InputModel
    {
        public string Email { get; set; } = "";

        public string Password { get; set; } = "";
    }
}
