using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CallCentre.Domain.Audit;

/// <summary>
/// Writes the Before/After values of an entry as canonical JSON: one object, keys in ordinal order, no white space,
/// strings as typed (Cyrillic unescaped), dates as ISO 8601 round-trip text, enums by name.
/// </summary>
public static class AuditJson
{
    private static readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The object of the given values, or null when there are none.</summary>
    public static string? Write(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var sorted = values.OrderBy(v => v.Key, StringComparer.Ordinal).ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, _options))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in sorted)
            {
                writer.WritePropertyName(key);
                WriteValue(writer, value);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case DateTime time:
                writer.WriteStringValue(time.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset time:
                writer.WriteStringValue(time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                break;
            case Enum choice:
                writer.WriteStringValue(choice.ToString());
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
