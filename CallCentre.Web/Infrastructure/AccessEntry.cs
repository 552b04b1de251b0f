using CallCentre.Domain.Access;

namespace CallCentre.Web.Infrastructure;

/// <summary>One row of the access table: a page route, an endpoint pattern, or every route under a prefix, and its policy.</summary>
public sealed record AccessEntry(string Route, string Policy, AccessEntryKind Kind)
{
    public static AccessEntry Page(string route, string policy) => new(route, policy, AccessEntryKind.Page);

    public static AccessEntry Endpoint(string pattern, string policy) => new(pattern, policy, AccessEntryKind.Endpoint);

    public static AccessEntry Under(string prefix, string policy) => new(prefix, policy, AccessEntryKind.Prefix);

    /// <summary>Pages a signed-in user browses, which the accessibility sweep visits for every role the policy lets in.</summary>
    public bool Sweep => Kind == AccessEntryKind.Page && Policy != AccessPolicies.Anonymous;

    public bool Matches(string route) => Kind == AccessEntryKind.Prefix
        ? route.StartsWith(Route, StringComparison.OrdinalIgnoreCase)
        : string.Equals(route, Route, StringComparison.OrdinalIgnoreCase);
}
