namespace CallCentre.Domain.Calendar;

/// <summary>Mongolia's one time zone: times are stored in UTC and shown, and counted into days and years, in Asia/Ulaanbaatar.</summary>
public static class UlaanbaatarTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ulaanbaatar");

    /// <summary>
    /// Mongolia has kept UTC+8 all year since 2017 (daylight saving was last observed in 2016): from then on, when the
    /// system's time-zone data agrees, a conversion is an addition. A report converts millions of moments.
    /// </summary>
    private static readonly TimeSpan FixedOffset = TimeSpan.FromHours(8);

    private static readonly DateTime FixedSinceUtc = new(2017, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly DateTime FixedUntilUtc = DateTime.MaxValue.AddDays(-1);

    /// <summary>Whether the time-zone data holds +08:00 without daylight saving from 2017 on (the fast path of <see cref="FromUtc"/>).</summary>
    internal static bool IsFixedSince2017 { get; } =
        Zone.BaseUtcOffset == FixedOffset
        && Zone.GetUtcOffset(FixedSinceUtc) == FixedOffset
        && Zone.GetAdjustmentRules().All(r => r.DateEnd < FixedSinceUtc || (r.DaylightDelta == TimeSpan.Zero && r.BaseUtcOffsetDelta == TimeSpan.Zero));

    public static DateTime FromUtc(DateTime utc) =>
        IsFixedSince2017 && utc >= FixedSinceUtc && utc < FixedUntilUtc
            ? new DateTime(utc.Ticks + FixedOffset.Ticks, DateTimeKind.Unspecified)
            : TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(FromUtc(clock.GetUtcNow().UtcDateTime));
}
