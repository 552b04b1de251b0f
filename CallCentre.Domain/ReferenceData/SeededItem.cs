namespace CallCentre.Domain.ReferenceData;

/// <summary>Remembers that a shipped reference item was seeded once, so that later starts never add it again or overwrite an administrator's edit.</summary>
public sealed class SeededItem
{
    private SeededItem()
    {
    }

    public SeededItem(string kind, string key, DateTime seededAtUtc)
    {
        Kind = kind;
        Key = key;
        SeededAtUtc = seededAtUtc;
    }

    public int Id { get; private set; }

    public string Kind { get; private set; } = "";

    public string Key { get; private set; } = "";

    public DateTime SeededAtUtc { get; private set; }
}
