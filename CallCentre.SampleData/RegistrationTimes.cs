using CallCentre.Domain.Calendar;

namespace CallCentre.SampleData;

/// <summary>
/// When generated calls come in: spread over the period up to the day before its end, in date order, weekdays busier than
/// weekends and winter busier than summer (heating, smoke), within the centre's busy hours (08:00–20:00 Ulaanbaatar
/// time, peaking mid-morning and mid-afternoon).
/// </summary>
internal static class RegistrationTimes
{
    private static readonly WeightedChoice<int> Hours = new(
    [
        (8, 0.5), (9, 1.2), (10, 1.5), (11, 1.5), (12, 1.0), (13, 1.1), (14, 1.4), (15, 1.4), (16, 1.2), (17, 0.9), (18, 0.5), (19, 0.3),
    ]);

    /// <summary>Exactly <paramref name="count"/> UTC times, earliest first.</summary>
    public static IEnumerable<DateTime> Spread(int count, DateTime endUtc, TimeSpan span, Random random)
    {
        var lastDay = DateOnly.FromDateTime(UlaanbaatarTime.FromUtc(endUtc)).AddDays(-1);
        var days = Math.Max(1, (int)Math.Round(span.TotalDays));
        var firstDay = lastDay.AddDays(1 - days);
        var weights = Enumerable.Range(0, days).Select(d => DayWeight(firstDay.AddDays(d))).ToArray();
        var total = weights.Sum();

        var given = 0;
        var cumulative = 0d;
        var times = new List<DateTime>();
        for (var d = 0; d < days; d++)
        {
            cumulative += weights[d];
            var dueByNow = d == days - 1 ? count : (int)(count * cumulative / total);
            var today = dueByNow - given;
            given = dueByNow;
            if (today == 0)
            {
                continue;
            }

            var day = firstDay.AddDays(d).ToDateTime(TimeOnly.MinValue);
            times.Clear();
            for (var i = 0; i < today; i++)
            {
                var local = day.AddHours(Hours.Next(random)).AddSeconds(random.Next(0, 3600));
                times.Add(UlaanbaatarTime.ToUtc(local));
            }

            times.Sort();
            foreach (var time in times)
            {
                yield return time;
            }
        }
    }

    private static double DayWeight(DateOnly day)
    {
        var week = day.DayOfWeek switch
        {
            DayOfWeek.Saturday => 0.35,
            DayOfWeek.Sunday => 0.25,
            _ => 1.0,
        };
        var season = day.Month is 11 or 12 or 1 or 2 ? 1.3 : day.Month is 6 or 7 or 8 ? 0.85 : 1.0;
        return week * season;
    }
}
