using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Deadlines;

/// <summary>
/// What a case's deadlines are counted by in one operation: the business calendar and the SLA policy versions. Loaded
/// once per operation (never cached across them, so an administrator's edit counts from the next case on) and handed
/// to the case's methods, which stay free of I/O.
/// </summary>
public sealed class CaseClock
{
    private readonly IReadOnlyList<SlaPolicy> _policies;

    public CaseClock(BusinessCalendar calendar, IEnumerable<SlaPolicy> policies)
    {
        Calendar = calendar;
        _policies = policies.ToList();
    }

    public BusinessCalendar Calendar { get; }

    /// <summary>The calendar and every policy version (a resumed case may point at a retired one).</summary>
    public static async Task<CaseClock> LoadAsync(CallCentreDbContext db, CalendarSettings settings, CancellationToken cancellationToken = default)
    {
        var calendar = await LoadBusinessCalendar.ReadAsync(db, settings, cancellationToken);
        var policies = await db.SlaPolicies.AsNoTracking().ToListAsync(cancellationToken);
        return new CaseClock(calendar, policies);
    }

    /// <summary>Fresh deadlines from <paramref name="fromUtc"/> by the narrowest active policy for the case's type, topic and priority.</summary>
    public CaseDeadlines Start(CaseType type, int topicId, Priority priority, DateTime fromUtc)
    {
        var policy = SlaPolicy.For(_policies, type, topicId, priority);
        return new CaseDeadlines(
            policy.Id == 0 ? null : policy.Id,
            policy.AcknowledgeBy(fromUtc, Calendar),
            policy.RespondBy(fromUtc, Calendar));
    }

    /// <summary>
    /// The respond-by deadline after a pause from <paramref name="pausedAtUtc"/> to <paramref name="resumedAtUtc"/>: the
    /// time that was left is kept, counted in the unit the policy counts the period in. A calendar-day policy (the
    /// statutory default) moves the deadline by the whole pause; a working-day policy keeps the working time that was
    /// left, so a pause over a weekend or holiday costs the organisation nothing and gives it nothing.
    /// </summary>
    public DateTime Resume(int? slaPolicyId, DateTime respondByUtc, DateTime pausedAtUtc, DateTime resumedAtUtc)
    {
        if (resumedAtUtc <= pausedAtUtc)
        {
            return respondByUtc;
        }

        var policy = _policies.FirstOrDefault(p => p.Id == slaPolicyId && slaPolicyId is not null) ?? SlaPolicy.StatutoryDefault;
        if (policy.RespondUnit == RespondUnit.WorkingDays && respondByUtc > pausedAtUtc)
        {
            var left = Calendar.WorkingTimeBetween(pausedAtUtc, respondByUtc);
            return Calendar.AddWorkingTime(resumedAtUtc, left);
        }

        return respondByUtc + (resumedAtUtc - pausedAtUtc);
    }
}
