using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.ReferenceData;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Domain.Deadlines;

public sealed class SlaPolicyAdministrationTests : IAsyncLifetime
{
    private static readonly EscalationLevel[] _statutoryLevels =
        [new(0, EscalationAudience.AgencyHead | EscalationAudience.Supervisors), new(5, EscalationAudience.CabinetSecretariat)];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 3, 0, 0, TimeSpan.Zero));
    private SeededDatabase _database = null!;
    private Actor _admin = null!;

    public async Task InitializeAsync()
    {
        _database = await SeededDatabase.CreateAsync();
        _admin = await _database.AddActorAsync(Roles.Administrator);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private SaveSlaPolicy Save => new(_database.Database, _clock);

    private static SaveSlaPolicyInput Input(int? policyId = null, CaseType? type = null, int? topicId = null, Priority? priority = null) =>
        new(policyId, type, topicId, priority, 1, AcknowledgeUnit.WorkingDays, 30, RespondUnit.CalendarDays, "5, 1", _statutoryLevels);

    private async Task<SlaPolicy> DefaultAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.SlaPolicies.AsNoTracking().SingleAsync(p => p.RetiredAtUtc == null && p.Type == null && p.TopicId == null && p.Priority == null);
    }

    [Fact]
    public async Task Seed_AddsTheStatutoryDefaultOnce()
    {
        var seeded = await DefaultAsync();

        var statutory = SlaPolicy.StatutoryDefault;
        Assert.Equal(
            (statutory.AcknowledgeWithin, statutory.AcknowledgeUnit, statutory.RespondWithin, statutory.RespondUnit, statutory.RemindersText, statutory.EscalationsText),
            (seeded.AcknowledgeWithin, seeded.AcknowledgeUnit, seeded.RespondWithin, seeded.RespondUnit, seeded.RemindersText, seeded.EscalationsText));
        Assert.Equal((1, AcknowledgeUnit.WorkingDays, 30, RespondUnit.CalendarDays), (seeded.AcknowledgeWithin, seeded.AcknowledgeUnit, seeded.RespondWithin, seeded.RespondUnit));
        Assert.Equal([5, 1], seeded.RemindWorkingDaysBefore);
        Assert.Equal(_statutoryLevels, seeded.Escalations);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await new ReferenceDataSeeder(db, _clock).SeedAsync());
        Assert.Equal(1, await db.SlaPolicies.CountAsync());
    }

    [Fact]
    public async Task Edit_RetiresTheVersionAndAddsANewOne_AndReseedingKeepsTheEdit()
    {
        var original = await DefaultAsync();

        var result = await Save.RunAsync(Input(original.Id) with { RespondWithin = 25, Reminders = "3" }, _admin);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        Assert.NotEqual(original.Id, result.Value);
        await using var db = _database.CreateDbContext();
        var old = await db.SlaPolicies.AsNoTracking().SingleAsync(p => p.Id == original.Id);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, old.RetiredAtUtc);
        Assert.Equal((30, "5,1"), (old.RespondWithin, old.RemindersText));
        var current = await DefaultAsync();
        Assert.Equal((result.Value, 25, "3", _admin.UserId), (current.Id, current.RespondWithin, current.RemindersText, current.CreatedById));
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.SubjectType == "SlaPolicy");
        Assert.Equal(("SlaPolicy.Changed", result.Value.ToString(), _admin.UserId), (audit.Action, audit.SubjectId, audit.ActorId));
        Assert.Contains("\"RespondWithin\":30", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"RespondWithin\":25", audit.After, StringComparison.Ordinal);

        Assert.Equal(0, await new ReferenceDataSeeder(db, _clock).SeedAsync());
        Assert.Equal(25, (await DefaultAsync()).RespondWithin);
    }

    [Fact]
    public async Task Create_NarrowerPolicy_WinsForItsCasesOnly()
    {
        var topicId = await _database.TopicIdAsync("UTIL-WATER");

        var result = await Save.RunAsync(Input(type: CaseType.Suggestion, topicId: topicId) with { RespondWithin = 60 }, _admin);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        await using var db = _database.CreateDbContext();
        var active = await db.SlaPolicies.AsNoTracking().Where(p => p.RetiredAtUtc == null).ToListAsync();
        Assert.Equal(60, SlaPolicy.For(active, CaseType.Suggestion, topicId, Priority.High).RespondWithin);
        Assert.Equal(30, SlaPolicy.For(active, CaseType.Complaint, topicId, Priority.High).RespondWithin);
        Assert.Equal("SlaPolicy.Created", (await db.AuditEntries.AsNoTracking().SingleAsync(e => e.SubjectType == "SlaPolicy")).Action);
    }

    public static TheoryData<SaveSlaPolicyInput, string, string> Refusals => new()
    {
        { Input(type: CaseType.Request) with { AcknowledgeWithin = 0 }, "AcknowledgeWithin", "Sla.PeriodMustBePositive" },
        { Input(type: CaseType.Request) with { AcknowledgeWithin = null }, "AcknowledgeWithin", "Sla.PeriodMustBePositive" },
        { Input(type: CaseType.Request) with { RespondWithin = -30 }, "RespondWithin", "Sla.PeriodMustBePositive" },
        { Input(type: CaseType.Request) with { RespondWithin = 400 }, "RespondWithin", "Sla.PeriodTooLong" },
        { Input(type: CaseType.Request) with { Reminders = "5, 0" }, "Reminders", "Sla.ReminderNotBeforeDeadline" },
        { Input(type: CaseType.Request) with { Reminders = "5, -1" }, "Reminders", "Sla.ReminderNotBeforeDeadline" },
        { Input(type: CaseType.Request) with { Reminders = "five" }, "Reminders", "Sla.RemindersUnreadable" },
        { Input(type: CaseType.Request) with { Reminders = "5, 5" }, "Reminders", "Sla.ReminderDuplicate" },
        { Input(type: CaseType.Request) with { Reminders = "20" }, "Reminders", "Sla.ReminderBeforeStart" },
        { Input(type: CaseType.Request) with { RespondWithin = 10, RespondUnit = RespondUnit.WorkingDays, Reminders = "10" }, "Reminders", "Sla.ReminderBeforeStart" },
        { Input(type: CaseType.Request) with { Escalations = [] }, "Escalations", "Sla.EscalationRequired" },
        { Input(type: CaseType.Request) with { Escalations = [new(0, EscalationAudience.None)] }, "Escalations", "Sla.EscalationAudienceRequired" },
        { Input(type: CaseType.Request) with { Escalations = [new(-1, EscalationAudience.AgencyHead)] }, "Escalations", "Sla.EscalationDaysInvalid" },
        { Input(type: CaseType.Request) with { Escalations = [new(3, EscalationAudience.AgencyHead), new(3, EscalationAudience.Supervisors)] }, "Escalations", "Sla.EscalationDuplicate" },
        { Input(type: (CaseType)42), "Type", "Sla.InvalidChoice" },
        { Input(topicId: -5), "TopicId", "Sla.TopicUnknown" },
        { Input(), "Type", "Sla.Duplicate" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Save_Refused_SavesNothingAndSaysWhichField(SaveSlaPolicyInput input, string field, string error)
    {
        var before = await SnapshotAsync();

        var result = await Save.RunAsync(input, _admin);

        Assert.False(result.Succeeded);
        Assert.Equal(error, result.Errors[field]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Save_ThirtyCalendarDaysWithRemindersNineteenDaysBefore_IsAccepted()
    {
        var result = await Save.RunAsync(Input(type: CaseType.Request) with { Reminders = "19, 5, 1" }, _admin);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
    }

    [Fact]
    public async Task Save_SecondPolicyForTheSameScope_IsADuplicate()
    {
        Assert.True((await Save.RunAsync(Input(type: CaseType.Complaint, priority: Priority.Urgent), _admin)).Succeeded);
        var before = await SnapshotAsync();

        var result = await Save.RunAsync(Input(type: CaseType.Complaint, priority: Priority.Urgent) with { RespondWithin = 10 }, _admin);

        Assert.Equal("Sla.Duplicate", result.Errors["Type"]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Edit_DefaultPolicyIntoANarrowerOne_IsRefused()
    {
        var before = await SnapshotAsync();

        var result = await Save.RunAsync(Input((await DefaultAsync()).Id, type: CaseType.Complaint), _admin);

        Assert.Equal("Sla.DefaultScopeFixed", result.Errors["Type"]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Edit_ARetiredVersion_IsRefused()
    {
        var original = await DefaultAsync();
        Assert.True((await Save.RunAsync(Input(original.Id) with { RespondWithin = 20 }, _admin)).Succeeded);
        var before = await SnapshotAsync();

        var result = await Save.RunAsync(Input(original.Id) with { RespondWithin = 40 }, _admin);

        Assert.Equal("Sla.NotFound", result.Errors["PolicyId"]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Retire_NarrowerPolicy_FallsBackToTheDefaultAndIsAudited()
    {
        var saved = await Save.RunAsync(Input(type: CaseType.Suggestion) with { RespondWithin = 60 }, _admin);

        var refusal = await new RetireSlaPolicy(_database.Database, _clock).RunAsync(new RetireSlaPolicyInput(saved.Value), _admin);

        Assert.True(refusal.Succeeded);
        await using var db = _database.CreateDbContext();
        var active = await db.SlaPolicies.AsNoTracking().Where(p => p.RetiredAtUtc == null).ToListAsync();
        Assert.Equal(30, SlaPolicy.For(active, CaseType.Suggestion, 1, Priority.Normal).RespondWithin);
        Assert.True(await db.SlaPolicies.AnyAsync(p => p.Id == saved.Value && p.RetiredAtUtc != null && p.RespondWithin == 60));
        Assert.Equal(["SlaPolicy.Created", "SlaPolicy.Retired"], await db.AuditEntries.AsNoTracking().Where(e => e.SubjectType == "SlaPolicy").OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
    }

    [Fact]
    public async Task Retire_TheDefaultPolicy_IsRefused()
    {
        var before = await SnapshotAsync();

        var refusal = await new RetireSlaPolicy(_database.Database, _clock).RunAsync(new RetireSlaPolicyInput((await DefaultAsync()).Id), _admin);

        Assert.Equal("Sla.DefaultCannotBeRemoved", refusal.Errors[nameof(RetireSlaPolicyInput.PolicyId)]);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.AgencyHead)]
    public async Task Changes_ByAnyoneButAnAdministrator_AreRefused(string role)
    {
        var actor = await _database.AddActorAsync(role);
        var before = await SnapshotAsync();

        await Assert.ThrowsAsync<DomainException>(() => Save.RunAsync(Input(type: CaseType.Request), actor));
        await Assert.ThrowsAsync<DomainException>(async () => await new RetireSlaPolicy(_database.Database, _clock).RunAsync(new RetireSlaPolicyInput((await DefaultAsync()).Id), actor));

        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = _database.CreateDbContext();
        var policies = await db.SlaPolicies.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => $"{p.Id}:{p.Type}:{p.TopicId}:{p.Priority}:{p.AcknowledgeWithin}:{p.RespondWithin}:{p.RemindersText}:{p.EscalationsText}:{p.RetiredAtUtc}")
            .ToListAsync();
        return string.Join("|", policies) + "#" + await db.AuditEntries.CountAsync();
    }
}
