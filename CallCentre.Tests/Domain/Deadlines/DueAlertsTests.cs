using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Notifications;

namespace CallCentre.Tests.Domain.Deadlines;

public sealed class DueAlertsTests
{
    // Working days Monday to Friday, 09:00–18:00 Ulaanbaatar (UTC+8); no holidays.
    private static readonly BusinessCalendar Calendar = new([], [], new TimeOnly(9, 0), new TimeOnly(18, 0));
    private static readonly SlaPolicy Policy = SlaPolicy.StatutoryDefault;

    // Respond-by Friday 2026-12-18 10:00 Ulaanbaatar (02:00 UTC); 5 working days before: Friday 12-11; 1 before: Thursday 12-17.
    private static readonly DateTime RespondBy = new(2026, 12, 18, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime AcknowledgeBy = new(2026, 11, 19, 2, 0, 0, DateTimeKind.Utc);

    private static CaseClockReading Clock(CaseStatus status = CaseStatus.InProgress, DateTime? paused = null) =>
        new(1, status, AcknowledgeBy, RespondBy, paused, 1, null);

    private static IReadOnlyList<DueAlert> At(DateTime now, CaseClockReading? clock = null) => DueAlerts.For(clock ?? Clock(), Policy, Calendar, now);

    [Fact]
    public void BeforeTheFirstReminder_NothingIsDue() =>
        Assert.Empty(At(new DateTime(2026, 12, 11, 1, 59, 0, DateTimeKind.Utc)));

    [Fact]
    public void FiveWorkingDaysBefore_TheFirstReminderIsDue_ToTheOfficerOrTheHeads()
    {
        var due = Assert.Single(At(new DateTime(2026, 12, 11, 2, 0, 0, DateTimeKind.Utc)));

        Assert.Equal((NotificationKind.RespondReminder, 1, 1), (due.Kind, due.Level, due.Round));
        Assert.Equal(new DateTime(2026, 12, 11, 2, 0, 0, DateTimeKind.Utc), due.DueAtUtc);
        Assert.Equal(RespondBy, due.DeadlineUtc);
        Assert.Equal(EscalationAudience.AssignedOfficer, due.Audience);
        Assert.True(due.HeadsWhenNoOfficer);
    }

    [Fact]
    public void OneWorkingDayBefore_OnlyTheLatestReminderIsDue()
    {
        var due = Assert.Single(At(new DateTime(2026, 12, 17, 3, 0, 0, DateTimeKind.Utc)));

        Assert.Equal((NotificationKind.RespondReminder, 2), (due.Kind, due.Level));
    }

    [Fact]
    public void AtBreach_RemindersStop_AndLevelOneIsDue_ToHeadsAndSupervisors()
    {
        var due = Assert.Single(At(RespondBy));

        Assert.Equal((NotificationKind.Escalation, 1, false), (due.Kind, due.Level, due.IsLastOfRound));
        Assert.Equal(EscalationAudience.AgencyHead | EscalationAudience.Supervisors, due.Audience);
    }

    [Fact]
    public void FiveWorkingDaysAfterBreach_BothLevelsAreDue_TheSecondToTheCabinetSecretariat_AndLast()
    {
        // Friday 12-18 + 5 working days = Friday 12-25, 10:00 Ulaanbaatar.
        Assert.Single(At(new DateTime(2026, 12, 25, 1, 59, 0, DateTimeKind.Utc)));
        var due = At(new DateTime(2026, 12, 25, 2, 0, 0, DateTimeKind.Utc));

        Assert.Equal([1, 2], due.Select(d => d.Level));
        Assert.Equal(EscalationAudience.CabinetSecretariat, due[1].Audience);
        Assert.True(due[1].IsLastOfRound);
    }

    [Fact]
    public void UnacknowledgedPastAcknowledgeBy_RemindsTheOrganisation()
    {
        var due = Assert.Single(At(AcknowledgeBy, Clock(CaseStatus.Assigned)));

        Assert.Equal((NotificationKind.AcknowledgeReminder, 1), (due.Kind, due.Level));
        Assert.Equal(EscalationAudience.AgencyHead | EscalationAudience.AssignedOfficer, due.Audience);
        Assert.Empty(At(AcknowledgeBy.AddMinutes(-1), Clock(CaseStatus.Assigned)));
        Assert.Empty(At(AcknowledgeBy, Clock(CaseStatus.InProgress)));
    }

    [Fact]
    public void UnacknowledgedAtBreach_GetsTheEscalation_NotTheAcknowledgeReminder() =>
        Assert.Equal([NotificationKind.Escalation], At(RespondBy, Clock(CaseStatus.Assigned)).Select(d => d.Kind));

    [Theory]
    [InlineData(CaseStatus.Responded)]
    [InlineData(CaseStatus.Closed)]
    [InlineData(CaseStatus.Returned)]
    [InlineData(CaseStatus.AwaitingCitizen)]
    [InlineData(CaseStatus.Registered)]
    public void CasesWhoseClockDoesNotRun_GetNothing(CaseStatus status) =>
        Assert.Empty(At(RespondBy.AddDays(30), Clock(status)));

    [Fact]
    public void APausedClock_GetsNothing() =>
        Assert.Empty(At(RespondBy.AddDays(30), Clock(paused: RespondBy.AddDays(-10))));

    [Fact]
    public void ABreachOnASaturday_EscalatesAtTheBreach_NotAtTheNextWorkingMoment()
    {
        var saturday = new DateTime(2026, 12, 19, 4, 0, 0, DateTimeKind.Utc);
        var clock = Clock() with { RespondByUtc = saturday };

        Assert.Equal((NotificationKind.Escalation, 1), At(saturday, clock).Select(d => (d.Kind, d.Level)).Single());
    }

    [Fact]
    public void TheReminderHorizon_CoversEveryDeadlineWithAReminderDue()
    {
        // Whatever the moment, a deadline later than the horizon has no reminder due yet.
        for (var now = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc); now < new DateTime(2026, 12, 15, 0, 0, 0, DateTimeKind.Utc); now = now.AddHours(5))
        {
            var horizon = DueAlerts.ReminderHorizon(5, Calendar, now);
            Assert.True(Calendar.SubtractWorkingDays(horizon, 5) > now, $"{now:O}");
        }
    }
}
