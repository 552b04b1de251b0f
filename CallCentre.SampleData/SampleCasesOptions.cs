namespace CallCentre.SampleData;

/// <summary>
/// What to generate: how many cases, from which seed, registered over which period. The same options on the same
/// reference data give the same cases (only each case's concurrency stamp is random).
/// </summary>
public sealed record SampleCasesOptions
{
    public int Seed { get; init; } = 1111;

    public int Count { get; init; } = 300;

    /// <summary>The last registration falls on this day (UTC); the others spread back over <see cref="Span"/>.</summary>
    public DateTime EndUtc { get; init; } = new(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc);

    public TimeSpan Span { get; init; } = TimeSpan.FromDays(730);
}
