using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Reports;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Domain.Reports;
using CallCentre.Tests.Support;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Domain.Privacy;

/// <summary>The one masking rule on every door an auditor uses: the audit log, its workbook, every report.</summary>
public sealed class PersonalDataMaskingTests : IAsyncLifetime
{
    // What the seeded call holds: the caller's name, phone, e-mail, register number and the free-text description.
    private static readonly string[] _personalValues = ["Бат-Эрдэнэ", "99112233", "bat@example.mn", "УБ99112233", "Гурав хоног"];

    private ReportHarness _harness = null!;
    private Actor _operator = null!;
    private Actor _auditor = null!;
    private Actor _administrator = null!;

    public async Task InitializeAsync()
    {
        _harness = await ReportHarness.CreateAsync();
        _operator = await _harness.Database.AddStaffAsync(Roles.Operator, "CC1111");
        _auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);
        _administrator = await _harness.Database.AddStaffAsync(Roles.Administrator);
        var caseId = (await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Email = "bat@example.mn", RegisterNumber = "УБ99112233" })).CaseId;
        var officer = await _harness.Database.AddStaffAsync(Roles.AgencyOfficer, "USUG");
        await _harness.Database.ActAsync(caseId, officer, _harness.Clock, (c, v, now) => c.Acknowledge(officer, v, now));
        await _harness.Database.ActAsync(caseId, officer, _harness.Clock, (c, v, now) => c.Respond("Засварласан.", CallCentre.Domain.Cases.Resolution.Resolved, officer, v, now));
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    // The case's own entries (Case.Created) are stamped by the context's real clock, its timeline by the test's.
    private static RequestReportInput UpToToday =>
        new(ReportKind.AuditLog, new DateOnly(2026, 3, 1), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)), null, Language.English);

    private async Task<string> AuditPageTextAsync(Actor viewer)
    {
        var page = await new ListAuditEntries(_harness.Db).RunAsync(new ListAuditEntriesInput { PageSize = ListAuditEntries.MaxPageSize }, viewer);
        Assert.Contains(page.Rows, r => r.Action == "Case.Created");
        return string.Join("\n", page.Rows.Select(r => r.Before + " " + r.After));
    }

    private static string WorkbookText(XLWorkbook workbook) =>
        string.Join("\n", workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()));

    private async Task GrantAsync(bool granted)
    {
        AuditScope.Enter(new AuditScope(_administrator.UserId, _administrator.DisplayName, "127.0.0.1"));
        try
        {
            var result = await new SetPersonalDataAccess(_harness.Db).RunAsync(new SetPersonalDataAccessInput(_auditor.UserId, granted), _administrator, CancellationToken.None);
            Assert.True(result.Succeeded);
        }
        finally
        {
            AuditScope.Enter(null);
        }
    }

    [Fact]
    public async Task AuditLog_ForAnAuditorWithoutThePermission_ShowsNoCallerValue_AndTheMaskedForms()
    {
        var text = await AuditPageTextAsync(_auditor);

        Assert.All(_personalValues, value => Assert.DoesNotContain(value, text, StringComparison.Ordinal));
        Assert.Contains("\"Caller.Phone\":\"•••33\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Caller.Email\":\"•••@example.mn\"", text, StringComparison.Ordinal);
        Assert.Contains("\"Caller.Name\":\"Б•••\"", text, StringComparison.Ordinal);

        // Values that are not personal keep their JSON type.
        Assert.Contains("\"Caller.IsConfidential\":false", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLog_ForAnAdministrator_ShowsTheValues() =>
        Assert.Contains("99112233", await AuditPageTextAsync(_administrator), StringComparison.Ordinal);

    [Fact]
    public async Task Grant_IsAudited_ShowsTheValuesToThatAuditor_AndTheChainStillVerifies_WhileATamperedEntryFails()
    {
        await GrantAsync(true);

        var granted = _auditor with { MaySeePersonalData = true };
        var text = await AuditPageTextAsync(granted);
        Assert.All(_personalValues, value => Assert.Contains(value, text, StringComparison.Ordinal));

        await using (var db = _harness.Database.CreateDbContext())
        {
            var grant = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "User.Changed" && e.SubjectId == _auditor.UserId);
            Assert.Equal(_administrator.UserId, grant.ActorId);
            Assert.Equal("{\"MaySeePersonalData\":false}", grant.Before);
            Assert.Equal("{\"MaySeePersonalData\":true}", grant.After);
        }

        Assert.True((await new VerifyAuditChain(_harness.Db).RunAsync(new VerifyAuditChainInput(), Actor.System)).IsIntact);

        await using (var db = _harness.Database.CreateDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET After = replace(After, '99112233', '99112234') WHERE Action = 'Case.Created'");
        }

        var verdict = await new VerifyAuditChain(_harness.Db).RunAsync(new VerifyAuditChainInput(), Actor.System);
        Assert.False(verdict.IsIntact);
    }

    [Fact]
    public async Task Grant_ToSomeoneWhoIsNotAnAuditor_IsRefused_AndOnlyAnAdministratorMayGrant()
    {
        var refused = await new SetPersonalDataAccess(_harness.Db).RunAsync(new SetPersonalDataAccessInput(_operator.UserId, true), _administrator, CancellationToken.None);
        Assert.Equal("Users.PersonalData.OnlyAuditors", Assert.Single(refused.Errors).Value);
        var notAdmin = await new SetPersonalDataAccess(_harness.Db).RunAsync(new SetPersonalDataAccessInput(_auditor.UserId, true), _auditor, CancellationToken.None);
        Assert.Equal("Users.PersonalData.NotAllowed", Assert.Single(notAdmin.Errors).Value);
    }

    [Fact]
    public async Task AuditLogWorkbook_IsMaskedWithoutThePermission_AndWhole_WithIt()
    {
        using (var masked = await _harness.RunAsync(_auditor, UpToToday))
        {
            var text = WorkbookText(masked);
            Assert.All(_personalValues, value => Assert.DoesNotContain(value, text, StringComparison.Ordinal));
            Assert.Contains("•••33", text, StringComparison.Ordinal);
        }

        await GrantAsync(true);
        using var whole = await _harness.RunAsync(_auditor, UpToToday);
        Assert.Contains("99112233", WorkbookText(whole), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportKind.CaseRegister)]
    [InlineData(ReportKind.OverdueCases)]
    [InlineData(ReportKind.OperatorActivity)]
    [InlineData(ReportKind.MonthlyReport)]
    [InlineData(ReportKind.OrganisationPerformance)]
    [InlineData(ReportKind.Satisfaction)]
    public async Task EveryReport_ForAnAuditorWithoutThePermission_HoldsNoCallerValue(ReportKind kind)
    {
        _harness.Clock.Advance(TimeSpan.FromDays(40));

        using var workbook = await _harness.RunAsync(_auditor, ReportHarness.March(kind));

        var text = WorkbookText(workbook);
        Assert.All(_personalValues, value => Assert.DoesNotContain(value, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CaseRegister_ForAGrantedAuditor_HoldsTheCallerAndTheDescription()
    {
        await GrantAsync(true);

        using var workbook = await _harness.RunAsync(_auditor, ReportHarness.March(ReportKind.CaseRegister));

        var text = WorkbookText(workbook);
        Assert.Contains("Бат-Эрдэнэ", text, StringComparison.Ordinal);
        Assert.Contains("Гурав хоног", text, StringComparison.Ordinal);
    }
}
