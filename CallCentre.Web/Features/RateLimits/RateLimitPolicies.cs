namespace CallCentre.Web.Features.RateLimits;

/// <summary>The names of the rate-limit policies (<c>RateLimits:Policies</c>); an endpoint names one with <c>RequireRateLimiting</c>.</summary>
public static class RateLimitPolicies
{
    /// <summary>The sign-in forms: password, authenticator code, recovery code.</summary>
    public const string SignIn = "SignIn";

    /// <summary>Anonymous public pages (the citizens' case tracking that comes next).</summary>
    public const string Public = "Public";

    /// <summary>The API for partner systems that comes next.</summary>
    public const string Api = "Api";
}
