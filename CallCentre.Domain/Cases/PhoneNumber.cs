using System.Text;

namespace CallCentre.Domain.Cases;

/// <summary>
/// A caller's phone number in E.164 (<c>+97699112233</c>). Mongolian numbers are eight digits and may be typed with
/// spaces, dashes, brackets, a <c>+976</c>, <c>976</c> or <c>00976</c> prefix; foreign numbers need their <c>+</c> or <c>00</c> prefix.
/// </summary>
public readonly record struct PhoneNumber
{
    public const string MongoliaCountryCode = "976";

    private PhoneNumber(string e164) => E164 = e164;

    /// <summary>The number as stored and searched: '+' and 8 to 15 digits.</summary>
    public string E164 { get; }

    public bool IsMongolian => E164.StartsWith("+" + MongoliaCountryCode, StringComparison.Ordinal);

    /// <summary>The last four digits, which a citizen gives to prove a case is theirs.</summary>
    public string LastFour => E164[^4..];

    public static bool TryParse(string? text, out PhoneNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var international = false;
        var digits = new StringBuilder(16);
        foreach (var c in text.Trim())
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && digits.Length == 0 && !international)
            {
                international = true;
            }
            else if (c is not (' ' or '-' or '(' or ')' or '.'))
            {
                return false;
            }
        }

        var value = digits.ToString();
        if (!international && value.StartsWith("00", StringComparison.Ordinal))
        {
            international = true;
            value = value[2..];
        }

        if (!international && value.Length == 11 && value.StartsWith(MongoliaCountryCode, StringComparison.Ordinal))
        {
            international = true;
        }

        if (!international)
        {
            return TryMongolian(value, out number);
        }

        if (value.StartsWith(MongoliaCountryCode, StringComparison.Ordinal))
        {
            return TryMongolian(value[MongoliaCountryCode.Length..], out number);
        }

        // E.164: a country code that does not start with 0, at most 15 digits in all.
        if (value.Length is < 8 or > 15 || value[0] == '0')
        {
            return false;
        }

        number = new PhoneNumber("+" + value);
        return true;
    }

    public static PhoneNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new DomainException("PhoneNumber.Invalid");

    /// <summary>The number as an operator reads it: <c>9911-2233</c> for Mongolian numbers, E.164 otherwise.</summary>
    public string ToDisplayString() => IsMongolian ? $"{E164[4..8]}-{E164[8..]}" : E164;

    public override string ToString() => E164;

    // Mongolian subscriber numbers are eight digits; the first is 5–9 (mobile 6, 8, 9; fixed lines 5 and 7).
    private static bool TryMongolian(string national, out PhoneNumber number)
    {
        number = default;
        if (national.Length != 8 || national[0] is < '5' or > '9')
        {
            return false;
        }

        number = new PhoneNumber("+" + MongoliaCountryCode + national);
        return true;
    }
}
