namespace CallCentre.Web.Features.RateLimits;

/// <summary>
/// The <c>RateLimits</c> settings: named per-address policies for every door a stranger can reach (sign-in now,
/// the public pages and the API next), and the sign-in rules per account name that keep a stranger from locking one.
/// </summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";

    /// <summary>Policy name → limit per client address; <see cref="RateLimitPolicies"/> names the ones the app uses.</summary>
    public Dictionary<string, RateLimitPolicySettings> Policies { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [RateLimitPolicies.SignIn] = new() { PermitLimit = 10, WindowSeconds = 60, PostsOnly = true },
        [RateLimitPolicies.Public] = new() { PermitLimit = 60, WindowSeconds = 60 },
        [RateLimitPolicies.Api] = new() { PermitLimit = 120, WindowSeconds = 60 },
    };

    /// <summary>
    /// Wrong passwords or codes one address may try for one account within <see cref="SignInWindowMinutes"/>: one
    /// fewer than the lockout threshold, so that a stranger at one address is stopped before the account locks.
    /// </summary>
    public int FailuresPerAccountAndAddress { get; set; } = 4;

    /// <summary>Sign-in attempts for one account name from all addresses within the window (slows password spraying).</summary>
    public int AttemptsPerAccount { get; set; } = 30;

    /// <summary>The sign-in window, and how long a run of failures counts towards the account's lockout.</summary>
    public int SignInWindowMinutes { get; set; } = 15;

    /// <summary>Failed sign-ins for unknown e-mail addresses are written as one counted audit entry per address per this many minutes.</summary>
    public int UnknownAccountWindowMinutes { get; set; } = 15;

    public TimeSpan SignInWindow => TimeSpan.FromMinutes(Math.Clamp(SignInWindowMinutes, 1, 24 * 60));

    public TimeSpan UnknownAccountWindow => TimeSpan.FromMinutes(Math.Clamp(UnknownAccountWindowMinutes, 1, 24 * 60));
}

/// <summary>One named limit: so many requests per client address per window; beyond it 429 with Retry-After.</summary>
public sealed class RateLimitPolicySettings
{
    public int PermitLimit { get; set; } = 60;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Count only form posts (a sign-in page may be opened freely; submitting it is what is limited).</summary>
    public bool PostsOnly { get; set; }
}
