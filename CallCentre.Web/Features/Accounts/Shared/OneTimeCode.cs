namespace CallCentre.Web.Features.Accounts.Shared;

/// <summary>A code typed from an authenticator app: people copy it with spaces or a hyphen in the middle.</summary>
internal static class OneTimeCode
{
    public static string Normalise(string? code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    public static bool IsWellFormed(string normalised) => normalised.Length == 6 && normalised.All(char.IsAsciiDigit);
}
