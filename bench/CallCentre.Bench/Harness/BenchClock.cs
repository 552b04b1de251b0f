namespace CallCentre.Bench.Harness;

/// <summary>
/// The moment the lifecycle scenarios act at: the day after the data set's registrations end, so that deadlines fall
/// before and after it as they would on a working day, and a use case and its hand-written SQL count the same groups.
/// </summary>
public sealed class BenchClock : TimeProvider
{
    public static readonly DateTime NowUtc = new(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);

    public static BenchClock Instance { get; } = new();

    public override DateTimeOffset GetUtcNow() => new(NowUtc);
}
