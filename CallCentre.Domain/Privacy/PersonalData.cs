using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Privacy;

/// <summary>
/// The data classification in one place: which fields of a case, its timeline, its attachments and its ratings hold
/// a citizen's personal data, and how each is masked for a viewer the <see cref="CallerMask"/> rule forbids. The field
/// names are the ones the audit chain writes (an owned part prefixed with its name, <c>Caller.Phone</c>), so the
/// audit log, its export, the reports and the case page all mask the same fields the same way.
/// </summary>
public static class PersonalData
{
    public const string Hidden = "•••";

    /// <summary>Every personal field and its kind.</summary>
    public static IReadOnlyDictionary<string, PersonalDataKind> Fields { get; } = new Dictionary<string, PersonalDataKind>(StringComparer.Ordinal)
    {
        ["Caller.Name"] = PersonalDataKind.Name,
        ["Caller.Phone"] = PersonalDataKind.Phone,
        ["Caller.Email"] = PersonalDataKind.Email,
        ["Caller.RegisterNumber"] = PersonalDataKind.RegisterNumber,
        ["Address"] = PersonalDataKind.Hidden,
        ["Latitude"] = PersonalDataKind.Hidden,
        ["Longitude"] = PersonalDataKind.Hidden,
        ["Description"] = PersonalDataKind.Hidden,
        ["FirstContactAnswer"] = PersonalDataKind.Hidden,
        ["ResponseText"] = PersonalDataKind.Hidden,
        ["ReturnReason"] = PersonalDataKind.Hidden,
        ["ExtensionReason"] = PersonalDataKind.Hidden,
        ["Text"] = PersonalDataKind.Hidden,
        ["Comment"] = PersonalDataKind.Hidden,
        ["FileName"] = PersonalDataKind.Hidden,
        ["StoragePath"] = PersonalDataKind.Hidden,
    };

    /// <summary>The audit subjects whose values are a citizen's (a case, its timeline and its files); staff accounts are not.</summary>
    public static bool CoversSubject(string subjectType) => subjectType is "Case" or "Attachment";

    public static bool IsPersonal(string field) => Fields.ContainsKey(field);

    /// <summary>A value as a viewer with <paramref name="mask"/> may see it: whole, masked, or nothing.</summary>
    public static string? Show(PersonalDataKind kind, string? value, CallerMask mask) => mask switch
    {
        CallerMask.None => value,
        CallerMask.Confidential => null,
        _ => Mask(kind, value),
    };

    /// <summary>The masked form of a value of this kind; null stays null.</summary>
    public static string? Mask(PersonalDataKind kind, string? value) => value switch
    {
        null => null,
        { Length: 0 } => null,
        _ => kind switch
        {
            PersonalDataKind.Name => value[..1] + Hidden,
            PersonalDataKind.Phone => value.Length > 2 ? Hidden + value[^2..] : Hidden,
            PersonalDataKind.Email => value.IndexOf('@', StringComparison.Ordinal) is var at and >= 0 ? Hidden + value[at..] : Hidden,
            PersonalDataKind.RegisterNumber => Cases.RegisterNumber.TryParse(value, out var parsed) ? parsed.Masked : Hidden,
            _ => Hidden,
        },
    };

    /// <summary>
    /// An audit entry's Before or After (canonical JSON) with every personal field masked for <paramref name="mask"/>;
    /// unchanged when the viewer may see it all or the subject is not a citizen's. The stored text, which the chain's
    /// hashes cover, is never changed: only what is shown.
    /// </summary>
    public static string? MaskAuditValues(string subjectType, string? json, CallerMask mask)
    {
        if (json is null || mask == CallerMask.None || !CoversSubject(subjectType))
        {
            return json;
        }

        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (Fields.TryGetValue(property.Name, out var kind) && property.Value.ValueKind != JsonValueKind.Null)
                {
                    var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                    writer.WriteString(property.Name, mask == CallerMask.Confidential ? Hidden : Mask(kind, text));
                }
                else
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>The fields of a canonical audit JSON object, each value as its text (null for JSON null).</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> ReadAuditValues(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return [.. document.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, string?>(p.Name, p.Value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => p.Value.GetString(),
            _ => p.Value.GetRawText(),
        }))];
    }
}
