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
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        await RecordAsync(user, result, "Password", "SignIn.Failed");
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
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

    public override async Task SignOutAsync()
    {
        if (StaffUser.From(Context.User) is { } user)
        {
            await audit.RunAsync(new RecordAuditEventInput("SignOut", "User", user.Id, AuditOutcome.Succeeded) { ActorId = user.Id, ActorName = user.DisplayName });
        }

        await base.SignOutAsync();
    }

    /// <summary>A sign-in attempt for an e-mail address no account has: failed, with the address as typed.</summary>
    public Task RecordUnknownAccountAsync(string typed) =>
        audit.RunAsync(new RecordAuditEventInput("SignIn.Failed", "User", null, AuditOutcome.Failed)
        {
            ActorName = typed,
            Details = new Dictionary<string, object?> { ["Method"] = "Password", ["Reason"] = "UnknownAccount" },
        });

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
