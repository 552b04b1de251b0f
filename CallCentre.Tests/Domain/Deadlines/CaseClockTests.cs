using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Workflow;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Deadlines;

/// <summary>The clock on each case, driven through the real use cases on the seeded calendar (Tsagaan Sar 2026: 17–20 February).</summary>
public sealed class CaseClockTests : IAsyncLifetime
{
    /// <summary>Friday 13 February 2026, 19:00 in Ulaanbaatar: after hours, the last working day before Tsagaan Sar.</summary>
    private static readonly DateTimeOffset FridayEvening = new(2026, 2, 13, 11, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(FridayEvening);
    private SeededDatabase _database = null!;
    private Actor _operator = null!;
    private Actor _supervisor = null!;
    private Actor _officer = null!;
    private Actor _head = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _operator = await _database.AddStaffAsync(Roles.Operator, "CC1111");
        _supervisor = await _database.AddStaffAsync(Roles.Supervisor, "CC1111");
        _officer = await _database.AddStaffAsync(Roles.AgencyOfficer, "USUG");
        _head = await _database.AddStaffAsync(Roles.AgencyHead, "USUG");
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private async Task<int> RegisterAsync() => (await _database.RegisterAsync(_operator, _clock)).CaseId;

    private Task<CaseMoveResult> MoveAsync(Actor actor, CaseMove move) => _database.MoveAsync(_clock, actor, move);

    private static DateTime Ulaanbaatar(int year, int month, int day, int hour) => UlaanbaatarTime.ToUtc(new DateTime(year, month, day, hour, 0, 0));

    [Fact]
    public async Task Assignment_OnFridayEveningBeforeTsagaanSar_IsToBeAcknowledgedAfterTheHolidays()
    {
        var id = await RegisterAsync();

        var saved = await _database.LoadCaseAsync(id);
        // Monday 16 February is the next working day and counts from its start; 17–20 are holidays, 21–22 the weekend.
        Assert.Equal(Ulaanbaatar(2026, 2, 23, 9), saved.AcknowledgeByUtc);
        Assert.Equal(FridayEvening.UtcDateTime.AddDays(30), saved.RespondByUtc);
        Assert.Equal(1, saved.DeadlineRound);
        Assert.Equal(await SeededDefaultPolicyIdAsync(), saved.SlaPolicyId);
        Assert.Null(saved.ClockPausedAtUtc);
        var set = Assert.Single(saved.Events, e => e.Kind == CaseEventKind.DeadlineSet);
        Assert.Equal(saved.RespondByUtc, DateTime.Parse(set.Text!, null, System.Globalization.DateTimeStyles.RoundtripKind));
        Assert.True(set.IsPublic);
    }

    [Fact]
    public async Task AskingTheCitizen_PausesTheClock_AndTheAnswerThreeDaysLaterMovesTheDeadlineThreeDays()
    {
        var id = await RegisterAsync();
        var deadline = (await _database.LoadCaseAsync(id)).RespondByUtc!.Value;
        _clock.Advance(TimeSpan.FromDays(4));
        await MoveAsync(_officer, new AcknowledgeMove { CaseId = id });
        await MoveAsync(_officer, new AskCitizenMove { CaseId = id, Question = "Аль байр вэ?" });
        var paused = await _database.LoadCaseAsync(id);
        Assert.Equal(Now, paused.ClockPausedAtUtc);
        Assert.Equal(deadline, paused.RespondByUtc);

        _clock.Advance(TimeSpan.FromDays(3));
        await MoveAsync(_operator, new RecordCitizenAnswerMove { CaseId = id, Answer = "3-р байр" });

        var resumed = await _database.LoadCaseAsync(id);
        Assert.Null(resumed.ClockPausedAtUtc);
        Assert.Equal(deadline.AddDays(3), resumed.RespondByUtc);
        Assert.Equal(1, resumed.DeadlineRound);
        Assert.Equal(
            [CaseEventKind.AskedCitizen, CaseEventKind.ClockPaused, CaseEventKind.CitizenAnswered, CaseEventKind.ClockResumed],
            resumed.Events.OrderBy(e => e.Id).Select(e => e.Kind).SkipWhile(k => k != CaseEventKind.AskedCitizen));
        Assert.All(resumed.Events.Where(e => e.Kind is CaseEventKind.ClockPaused or CaseEventKind.ClockResumed), e => Assert.False(e.IsPublic));
    }

    [Fact]
    public async Task WithdrawingAPausedCase_ClearsThePause()
    {
        var id = await RegisterAsync();
        await MoveAsync(_officer, new AcknowledgeMove { CaseId = id });
        await MoveAsync(_officer, new AskCitizenMove { CaseId = id, Question = "Аль байр вэ?" });

        await MoveAsync(_operator, new WithdrawMove { CaseId = id, Reason = "Иргэн татгалзав" });

        Assert.Null((await _database.LoadCaseAsync(id)).ClockPausedAtUtc);
    }

    [Fact]
    public async Task ApprovedExtension_MovesTheDeadline_InANewRound_AndTellsTheCitizen()
    {
        var id = await RegisterAsync();
        await MoveAsync(_officer, new AcknowledgeMove { CaseId = id });
        var deadline = (await _database.LoadCaseAsync(id)).RespondByUtc!.Value;
        await MoveAsync(_officer, new RequestExtensionMove { CaseId = id, UntilUtc = deadline.AddDays(20), Reason = "Шинжилгээ хүлээж байна" });
        Assert.Equal(1, (await _database.LoadCaseAsync(id)).DeadlineRound);

        await MoveAsync(_head, new ApproveExtensionMove { CaseId = id });

        var saved = await _database.LoadCaseAsync(id);
        Assert.Equal(deadline.AddDays(20), saved.RespondByUtc);
        Assert.Equal(2, saved.DeadlineRound);
        var extended = Assert.Single(saved.Events, e => e.Kind == CaseEventKind.DeadlineExtended);
        Assert.True(extended.IsPublic);
    }

    [Fact]
    public async Task RerouteAndReopening_SetDeadlinesFromNow_EachInANewRound()
    {
        var id = await RegisterAsync();
        _clock.Advance(TimeSpan.FromDays(10));
        await MoveAsync(_officer, new ReturnMove { CaseId = id, Reason = "Манайх биш" });
        await MoveAsync(_supervisor, new RerouteMove { CaseId = id, OrganisationId = await _database.OrganisationIdAsync("MOH") });
        var rerouted = await _database.LoadCaseAsync(id);
        Assert.Equal(Now.AddDays(30), rerouted.RespondByUtc);
        Assert.Equal(2, rerouted.DeadlineRound);
        Assert.True(rerouted.AcknowledgeByUtc > Now);

        var moh = await _database.AddStaffAsync(Roles.AgencyOfficer, "MOH");
        await MoveAsync(moh, new AcknowledgeMove { CaseId = id });
        await MoveAsync(moh, new RespondMove { CaseId = id, Text = "Шийдвэрлэв.", Resolution = Resolution.Resolved });
        _clock.Advance(TimeSpan.FromDays(5));
        await MoveAsync(_operator, new ReopenMove { CaseId = id, Reason = "Иргэн хариуг эсэргүүцэв" });

        var reopened = await _database.LoadCaseAsync(id);
        Assert.Equal(Now.AddDays(30), reopened.RespondByUtc);
        Assert.Equal(3, reopened.DeadlineRound);
        Assert.Equal(rerouted.AcknowledgeByUtc, reopened.AcknowledgeByUtc);
        Assert.Equal(3, reopened.Events.Count(e => e.Kind == CaseEventKind.DeadlineSet));
    }

    [Fact]
    public async Task PolicyEditedLater_LeavesTheExistingCaseAlone_AndTheNextCaseUsesTheNewVersion()
    {
        var first = await AddPolicyAsync(respondWithin: 20, RespondUnit.WorkingDays);
        var earlier = await RegisterAsync();
        var before = await _database.LoadCaseAsync(earlier);
        Assert.Equal(first.Id, before.SlaPolicyId);
        Assert.Equal((await CalendarAsync()).AddWorkingDays(FridayEvening.UtcDateTime, 20), before.RespondByUtc);

        _clock.Advance(TimeSpan.FromDays(1));
        await using (var db = _database.CreateDbContext())
        {
            db.Attach(first);
            first.Retire(Now);
            await db.SaveChangesAsync();
        }

        var second = await AddPolicyAsync(respondWithin: 10, RespondUnit.CalendarDays);
        var later = await RegisterAsync();

        var unchanged = await _database.LoadCaseAsync(earlier);
        Assert.Equal((first.Id, before.RespondByUtc, before.AcknowledgeByUtc), (unchanged.SlaPolicyId!.Value, unchanged.RespondByUtc, unchanged.AcknowledgeByUtc));
        var newer = await _database.LoadCaseAsync(later);
        Assert.Equal(second.Id, newer.SlaPolicyId);
        Assert.Equal(Now.AddDays(10), newer.RespondByUtc);
    }

    [Fact]
    public async Task WorkingDayPolicy_PauseOverTheHolidays_KeepsTheWorkingTimeThatWasLeft()
    {
        await AddPolicyAsync(respondWithin: 20, RespondUnit.WorkingDays);
        var id = await RegisterAsync();
        await MoveAsync(_officer, new AcknowledgeMove { CaseId = id });
        await MoveAsync(_officer, new AskCitizenMove { CaseId = id, Question = "Аль байр вэ?" });
        var paused = await _database.LoadCaseAsync(id);
        var calendar = await CalendarAsync();
        var left = calendar.WorkingTimeBetween(Now, paused.RespondByUtc!.Value);

        // The pause runs over the weekend and Tsagaan Sar: Monday 23 February, 10:00.
        _clock.SetUtcNow(Ulaanbaatar(2026, 2, 23, 10));
        await MoveAsync(_operator, new RecordCitizenAnswerMove { CaseId = id, Answer = "3-р байр" });

        var resumed = await _database.LoadCaseAsync(id);
        Assert.Equal(left, calendar.WorkingTimeBetween(Now, resumed.RespondByUtc!.Value));
        Assert.True(resumed.RespondByUtc > paused.RespondByUtc);
    }

    private async Task<SlaPolicy> AddPolicyAsync(int respondWithin, RespondUnit unit)
    {
        var policy = new SlaPolicy(null, null, null, 1, AcknowledgeUnit.WorkingDays, respondWithin, unit, [5, 1],
            [new EscalationLevel(0, EscalationAudience.AgencyHead)], _supervisor.UserId, Now);
        await using var db = _database.CreateDbContext();

        // As the administrator's edit does: the active default (the seeded one, or an earlier test version) is retired.
        foreach (var active in await db.SlaPolicies.Where(p => p.RetiredAtUtc == null && p.Type == null && p.TopicId == null && p.Priority == null).ToListAsync())
        {
            active.Retire(Now);
        }

        db.SlaPolicies.Add(policy);
        await db.SaveChangesAsync();
        return policy;
    }

    /// <summary>The default policy the reference data seeds (the statutory periods), which new cases follow.</summary>
    private async Task<int> SeededDefaultPolicyIdAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.SlaPolicies.Where(p => p.RetiredAtUtc == null && p.Type == null && p.TopicId == null && p.Priority == null)
            .Select(p => p.Id).SingleAsync();
    }

    /// <summary>The seeded calendar as the use cases read it.</summary>
    private async Task<BusinessCalendar> CalendarAsync()
    {
        await using var db = _database.CreateDbContext();
        return await LoadBusinessCalendar.ReadAsync(db, new CalendarSettings());
    }
}
