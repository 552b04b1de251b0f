using CallCentre.Web.Features.Cases;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.Intake;

/// <summary>The messages RegisterCase returned, by field, translated for display; editing a field clears its message.</summary>
public sealed class IntakeErrors
{
    private readonly Dictionary<string, string> _keys;
    private readonly IStringLocalizer<CaseResource>? _localizer;

    public IntakeErrors(IReadOnlyDictionary<string, string> keys, IStringLocalizer<CaseResource> localizer)
    {
        _keys = new Dictionary<string, string>(keys);
        _localizer = localizer;
    }

    private IntakeErrors()
    {
        _keys = [];
    }

    public static IntakeErrors None => new();

    public bool Has(string field) => _keys.ContainsKey(field);

    public string? Text(string field) => _keys.TryGetValue(field, out var key) ? Translate(key) : null;

    /// <summary>Messages for fields the page has no input for (shown together above the buttons).</summary>
    public IEnumerable<string> Others => _keys.Where(e => !IntakeFields.InPageOrder.Contains(e.Key)).Select(e => Translate(e.Value));

    /// <summary>The first invalid field in page order, which gets the focus.</summary>
    public string? FirstField => IntakeFields.InPageOrder.FirstOrDefault(_keys.ContainsKey);

    public void Clear(string field) => _keys.Remove(field);

    private string Translate(string key) => _localizer?[key] ?? key;
}
