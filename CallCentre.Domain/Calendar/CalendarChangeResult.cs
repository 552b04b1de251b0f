namespace CallCentre.Domain.Calendar;

/// <summary>The saved entry's id, or the message key for each field that is wrong (nothing was saved then).</summary>
public sealed record CalendarChangeResult(int? Id, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static CalendarChangeResult Saved(int id) => new(id, new Dictionary<string, string>());

    public static CalendarChangeResult Invalid(string field, string error) => new(null, new Dictionary<string, string> { [field] = error });
}
