using System.Text;

namespace CallCentre.SampleData;

/// <summary>
/// Writes Mongolian Cyrillic the way callers type it in Latin on a phone without a Cyrillic keyboard — each writer a
/// little differently ("халуун" as "khaluun" or "haluun", "ү" as "u" or "ü"), as the word index must cope with.
/// </summary>
internal static class Transliteration
{
    private static readonly Dictionary<char, string[]> Letters = new()
    {
        ['а'] = ["a"], ['б'] = ["b"], ['в'] = ["v", "w"], ['г'] = ["g"], ['д'] = ["d"], ['е'] = ["e", "ye"], ['ё'] = ["yo"], ['ж'] = ["j", "zh"],
        ['з'] = ["z"], ['и'] = ["i"], ['й'] = ["i", "y"], ['к'] = ["k"], ['л'] = ["l"], ['м'] = ["m"], ['н'] = ["n"], ['о'] = ["o"],
        ['ө'] = ["u", "o", "ö"], ['п'] = ["p"], ['р'] = ["r"], ['с'] = ["s"], ['т'] = ["t"], ['у'] = ["u"], ['ү'] = ["u", "ü"], ['ф'] = ["f"],
        ['х'] = ["kh", "h"], ['ц'] = ["ts", "c"], ['ч'] = ["ch"], ['ш'] = ["sh"], ['щ'] = ["sh"], ['ъ'] = [""], ['ы'] = ["ii", "y"], ['ь'] = ["i", ""],
        ['э'] = ["e"], ['ю'] = ["yu"], ['я'] = ["ya"],
    };

    /// <summary>The text in Latin letters; <paramref name="style"/> picks one writer's habits (0 or 1), kept for the whole text.</summary>
    public static string ToLatin(string text, int style)
    {
        var latin = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (Letters.TryGetValue(lower, out var spellings))
            {
                var spelt = spellings[Math.Min(style, spellings.Length - 1)];
                latin.Append(c != lower && spelt.Length > 0 ? char.ToUpperInvariant(spelt[0]) + spelt[1..] : spelt);
            }
            else
            {
                latin.Append(c);
            }
        }

        return latin.ToString();
    }
}
