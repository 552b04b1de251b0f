using System.Globalization;

namespace CallCentre.Domain.Cases;

/// <summary>
/// A Mongolian citizen's register number (регистрийн дугаар): two Cyrillic letters and eight digits, the first six
/// being the birth date as YYMMDD, with 20 added to the month for people born from 2000 on (e.g. <c>УБ99031512</c>).
/// </summary>
public readonly record struct RegisterNumber
{
    private const string Letters = "АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ";

    private RegisterNumber(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out RegisterNumber number)
    {
        number = default;
        var value = text?.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpper(CultureInfo.GetCultureInfo("mn-MN"));
        if (value is null || value.Length != 10 || !Letters.Contains(value[0], StringComparison.Ordinal) || !Letters.Contains(value[1], StringComparison.Ordinal))
        {
            return false;
        }

        var digits = value.AsSpan(2);
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var year = int.Parse(digits[..2], NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(digits[2..4], NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(digits[4..6], NumberStyles.None, CultureInfo.InvariantCulture);
        var (fullYear, realMonth) = month > 20 ? (2000 + year, month - 20) : (1900 + year, month);
        if (realMonth is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(fullYear, realMonth))
        {
            return false;
        }

        number = new RegisterNumber(value);
        return true;
    }

    public static RegisterNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new DomainException("RegisterNumber.Invalid");

    /// <summary>Shown to those who may not see personal data: letters and the last two digits only.</summary>
    public string Masked => $"{Value[..2]}******{Value[^2..]}";

    public override string ToString() => Value;
}
