using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Web.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace CallCentre.Web.Features.Audit;

/// <summary>
/// The one place every sign-in step passes through: each password, authenticator or recovery-code attempt and each
/// sign-out becomes an audit entry (succeeded, failed, locked out), whichever page asked for it.
/// </summary>
public sealed class AuditingSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    RecordAuditEvent audit)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(ApplicationUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var lastAdministrator = await IsLastActiveAdministratorAsync(user);
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure && !lastAdministrator);
        await RecordAsync(user, result, "Password", "SignIn.Failed");
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var lastAdministrator = await IsLastActiveAdministratorAsync(user);
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        await KeepUnlockedAsync(user, lastAdministrator);
        await RecordAsync(user, result, "Authenticator", "SignIn.SecondFactorFailed");
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        await RecordAsync(user, result, "RecoveryCode", "SignIn.SecondFactorFailed");
        return result;
    }

    private async Task<bool> IsLastActiveAdministratorAsync(ApplicationUser? user) =>
        user is not null && await Administrators.IsLastActiveAsync(UserManager, user, DateTimeOffset.UtcNow);

    // A wrong second factor counts like a wrong password (Identity locks at the threshold), except for the last active
    // administrator: nobody could unlock them. The sign-in throttle still limits how often anyone may try.
    private async Task KeepUnlockedAsync(ApplicationUser? user, bool lastAdministrator)
    {
        if (user is not null && lastAdministrator && await UserManager.IsLockedOutAsync(user))
        {
            await UserManager.SetLockoutEndDateAsync(user, null);
            await UserManager.ResetAccessFailedCountAsync(user);
        }
    }

    public override async Task SignOutAsync()
    {
        if (StaffUser.From(Context.User) is { } user)
        {
            await audit.RunAsync(new RecordAuditEventInput("SignOut", "User", user.Id, AuditOutcome.Succeeded) { ActorId = user.Id, ActorName = user.DisplayName });
        }

        await base.SignOutAsync();
    }

    private Task RecordAsync(ApplicationUser? user, SignInResult result, string method, string failedAction)
    {
        var (action, outcome) = result switch
        {
            { Succeeded: true } => ("SignIn.Succeeded", AuditOutcome.Succeeded),
            { RequiresTwoFactor: true } => ("SignIn.PasswordAccepted", AuditOutcome.Succeeded),
            { IsLockedOut: true } => ("SignIn.LockedOut", AuditOutcome.Refused),
            { IsNotAllowed: true } => ("SignIn.NotAllowed", AuditOutcome.Refused),
            _ => (failedAction, AuditOutcome.Failed),
        };
        return audit.RunAsync(new RecordAuditEventInput(action, "User", user?.Id, outcome)
        {
            ActorId = user?.Id,
            ActorName = user?.DisplayName,
            Details = new Dictionary<string, object?> { ["Method"] = method },
        });
    }
}
