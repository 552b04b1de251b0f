using System.Text;

namespace CallCentre.Domain.Reports;

/// <summary>
/// Formula injection and XML safety for text a citizen (or anyone) typed. Every text cell is a string cell, never a
/// formula; one that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return also gets the
/// <c>quotePrefix</c> style — Excel's own "leading apostrophe": the value stays exactly as typed (no apostrophe is
/// added to the data), Excel and LibreOffice show it as text, and it stays text when a user edits the cell and presses
/// Enter (a plain string cell would then be parsed as a formula). Numbers are numeric cells, so a negative number or a
/// phone number is never touched.
/// </summary>
public static class ExcelText
{
    public static bool NeedsQuotePrefix(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>Drops the characters XML 1.0 cannot hold (control characters other than tab, line feed, carriage return; lone surrogates).</summary>
    public static string XmlSafe(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!IsXmlChar(value, i))
            {
                return Strip(value);
            }
        }

        return value;
    }

    private static string Strip(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (IsXmlChar(value, i))
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }

    private static bool IsXmlChar(string value, int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(value[i - 1]);
        }

        return c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
}
