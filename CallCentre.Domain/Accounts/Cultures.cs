namespace CallCentre.Domain.Accounts;

/// <summary>The two languages of the product: Mongolian (Cyrillic) first, English second.</summary>
public static class Cultures
{
    public const string Mongolian = "mn";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Mongolian, English];

    public static bool IsSupported(string? culture) => culture is Mongolian or English;
}
