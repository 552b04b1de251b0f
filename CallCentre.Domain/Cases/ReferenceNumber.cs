using System.Globalization;

namespace CallCentre.Domain.Cases;

/// <summary>
/// A case's number as read over the phone: two-digit year, six-digit sequence within the year and a check digit,
/// e.g. <c>26-004821-7</c>. The check digit (Damm algorithm) catches every single mistyped digit and every swap of
/// two neighbouring digits.
/// </summary>
public readonly record struct ReferenceNumber
{
    public const int MaxSequence = 999_999;

    private ReferenceNumber(int year, int sequence)
    {
        Year = year;
        Sequence = sequence;
        CheckDigit = Damm.Compute(Digits(year, sequence));
    }

    /// <summary>The full year, 2000–2099.</summary>
    public int Year { get; }

    public int Sequence { get; }

    public int CheckDigit { get; }

    public static ReferenceNumber Create(int year, int sequence)
    {
        if (year is < 2000 or > 2099 || sequence is < 1 or > MaxSequence)
        {
            throw new DomainException("ReferenceNumber.OutOfRange");
        }

        return new ReferenceNumber(year, sequence);
    }

    /// <summary>Reads a number typed with or without dashes or spaces; false when it has the wrong shape or its check digit does not match.</summary>
    public static bool TryParse(string? text, out ReferenceNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        Span<char> digits = stackalloc char[9];
        var count = 0;
        foreach (var c in text.Trim())
        {
            if (c is '-' or ' ' or '–')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || count == digits.Length)
            {
                return false;
            }

            digits[count++] = c;
        }

        if (count != 9 || Damm.Compute(digits[..9]) != 0)
        {
            return false;
        }

        var year = 2000 + int.Parse(digits[..2], NumberStyles.None, CultureInfo.InvariantCulture);
        var sequence = int.Parse(digits[2..8], NumberStyles.None, CultureInfo.InvariantCulture);
        if (sequence < 1)
        {
            return false;
        }

        number = new ReferenceNumber(year, sequence);
        return true;
    }

    public static ReferenceNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new DomainException("ReferenceNumber.Invalid");

    /// <summary>The canonical form stored and shown: <c>YY-NNNNNN-C</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year % 100:00}-{Sequence:000000}-{CheckDigit}");

    private static string Digits(int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{year % 100:00}{sequence:000000}");
}
