using System.Globalization;
using System.Text;

namespace CallCentre.Domain.Cases;

/// <summary>
/// Turns text into the keys of <see cref="CaseWord"/>: each word lower-cased and spelt in one folded Latin form, so that
/// Cyrillic and the ways people type Mongolian in Latin meet on the same key ("Баянзүрх", "Bayanzürkh" and "bayanzurh"
/// all become <c>baianzurh</c>). Keys hold only a–z and 0–9, so they sort alike under every database collation.
/// </summary>
public static class SearchKeys
{
    /// <summary>Longer words are cut: a key is a prefix of the word, and queries are cut the same way.</summary>
    public const int MaxLength = 24;

    /// <summary>Shorter keys carry no meaning worth an index entry.</summary>
    public const int MinLength = 2;

    /// <summary>From this length a query word also finds longer words (Mongolian adds suffixes: "ус" → "усны", "устай").</summary>
    public const int MinPrefixLength = 3;

    /// <summary>A ceiling on index rows per case; a 4,000-character description has far fewer distinct words.</summary>
    public const int MaxKeysPerCase = 400;

    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo", ['ж'] = "j",
        ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['ө'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ү'] = "u", ['ф'] = "f",
        ['х'] = "h", ['ц'] = "c", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "sh", ['ъ'] = "", ['ы'] = "i", ['ь'] = "i",
        ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
    };

    /// <summary>The distinct keys of a case's texts, in order of first appearance.</summary>
    public static IReadOnlyList<string> ForText(params string?[] texts)
    {
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in texts.SelectMany(Words))
        {
            var key = Fold(word);
            if (key.Length >= MinLength && seen.Add(key))
            {
                keys.Add(key);
                if (keys.Count == MaxKeysPerCase)
                {
                    break;
                }
            }
        }

        return keys;
    }

    /// <summary>The keys a search box's words look for; every one must match (words shorter than <see cref="MinLength"/> are ignored).</summary>
    public static IReadOnlyList<SearchKey> ForQuery(string? text) =>
        Words(text).Select(Fold).Where(k => k.Length >= MinLength).Distinct(StringComparer.Ordinal)
            .Select(k => new SearchKey(k, k.Length >= MinPrefixLength && k.Length < MaxLength)).ToList();

    /// <summary>One word in its folded Latin spelling: transliterated, diacritics dropped, Latin digraphs and doubled letters folded.</summary>
    public static string Fold(string word)
    {
        var latin = new StringBuilder(word.Length + 4);
        foreach (var c in word.ToLowerInvariant())
        {
            if (Cyrillic.TryGetValue(c, out var spelt))
            {
                latin.Append(spelt);
                continue;
            }

            foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (char.IsAsciiLetterLower(part) || char.IsAsciiDigit(part))
                {
                    latin.Append(part);
                }
            }
        }

        // Latin spellings of one sound: х is "kh" or "h", ц "ts" or "c", ж "zh" or "j", е "ye" or "e"; y is i.
        latin.Replace("kh", "h").Replace("ts", "c").Replace("zh", "j").Replace("ye", "e").Replace('y', 'i');

        // Long vowels and doubled consonants are written either way ("Ulaanbaatar", "Ulanbator").
        var key = new StringBuilder(latin.Length);
        foreach (var c in latin.ToString())
        {
            if (key.Length == 0 || key[^1] != c)
            {
                key.Append(c);
            }
        }

        return key.Length > MaxLength ? key.ToString(0, MaxLength) : key.ToString();
    }

    private static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}

/// <summary>One word of a search: its key, and whether longer words starting with it match too.</summary>
public readonly record struct SearchKey(string Key, bool IsPrefix)
{
    /// <summary>The first key after every key that starts with <see cref="Key"/> (keys hold only a–z and 0–9).</summary>
    public string UpperBound => Key[..^1] + (char)(Key[^1] + 1);
}
