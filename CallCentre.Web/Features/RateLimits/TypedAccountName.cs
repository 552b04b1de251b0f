using System.Net.Mail;

namespace CallCentre.Web.Features.RateLimits;

/// <summary>What was typed as the e-mail of a failed sign-in; kept only when it looks like an address (people type passwords there).</summary>
public static class TypedAccountName
{
    public static bool LooksLikeEmail(string? typed) =>
        typed is { Length: > 2 and <= 254 }
        && !typed.Any(char.IsWhiteSpace)
        && typed.Count(c => c == '@') == 1
        && typed.IndexOf('@', StringComparison.Ordinal) is > 0 and var at
        && typed.IndexOf('.', at) > at + 1
        && !typed.EndsWith('.')
        && MailAddress.TryCreate(typed, out var parsed)
        && parsed.Address == typed;
}
