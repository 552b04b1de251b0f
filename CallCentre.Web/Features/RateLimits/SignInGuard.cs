using CallCentre.Domain.Accounts;
using CallCentre.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Web.Features.RateLimits;

/// <summary>
/// What the sign-in forms do around each attempt: refuse with 429 while the account name is throttled for this
/// address (nothing else is written), start the account's failure count again after an old run, and count the outcome.
/// </summary>
public sealed class SignInGuard(SignInThrottle throttle, UnknownAccountSignIns unknown, UserManager<ApplicationUser> users, IHttpContextAccessor accessor)
{
    private HttpContext Context => accessor.HttpContext ?? throw new InvalidOperationException("A sign-in runs in a request.");

    /// <summary>The wait, with the response already 429 and Retry-After; null when the attempt may go on.</summary>
    public TimeSpan? Refuse(string accountName)
    {
        if (throttle.RetryAfter(ClientAddress.Of(Context), SignInThrottle.Key(accountName)) is not { } wait)
        {
            return null;
        }

        TooManyRequests.SetHeaders(Context.Response, wait);
        return wait;
    }

    /// <summary>Before an attempt for a known account: its failures of an expired run no longer count towards lockout.</summary>
    public async Task PrepareAsync(ApplicationUser user)
    {
        if (throttle.StartsNewRun(SignInThrottle.Key(user.Email ?? user.Id)) && await users.GetAccessFailedCountAsync(user) > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }
    }

    public void Record(string accountName, SignInResult result) =>
        throttle.Record(ClientAddress.Of(Context), SignInThrottle.Key(accountName), failed: !(result.Succeeded || result.RequiresTwoFactor));

    /// <summary>A failed attempt for an e-mail no account has: counted, and audited with the others of its window.</summary>
    public void RecordUnknown(string typed)
    {
        throttle.Record(ClientAddress.Of(Context), SignInThrottle.Key(typed), failed: true);
        unknown.Add(ClientAddress.Of(Context), typed);
    }
}
