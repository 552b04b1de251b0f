using System.Globalization;

namespace CallCentre.Web.Features.Intake;

/// <summary>The matching the form's autocompletes share: every word typed must start a word of one of the item's names.</summary>
public static class IntakeSearch
{
    private static readonly char[] _separators = [' ', ',', '.', '-', '›', '(', ')', '/'];

    public static IEnumerable<T> Filter<T>(IEnumerable<T> items, string? text, Func<T, IEnumerable<string>> names)
    {
        var typed = Words(text);
        return typed.Length == 0 ? items : items.Where(item => names(item).Any(name => Matches(Words(name), typed)));
    }

    private static bool Matches(string[] nameWords, string[] typed) =>
        typed.All(t => nameWords.Any(w => w.StartsWith(t, StringComparison.Ordinal)));

    private static string[] Words(string? text) =>
        (text ?? "").ToLower(CultureInfo.InvariantCulture).Split(_separators, StringSplitOptions.RemoveEmptyEntries);
}
