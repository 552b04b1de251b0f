using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Notifications;
using CallCentre.Domain.Reports;
using CallCentre.Tests.Support;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Domain.Reports;

public sealed class SummaryReportsTests : IAsyncLifetime
{
    private ReportHarness _harness = null!;
    private Actor _operator = null!;
    private Actor _auditor = null!;

    public async Task InitializeAsync()
    {
        _harness = await ReportHarness.CreateAsync();
        _operator = await _harness.Database.AddStaffAsync(Roles.Operator, "CC1111");
        _auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    /// <summary>Three cases in March: two water complaints for USUG (one acknowledged and answered the same day), one for GPD.</summary>
    private async Task<(int Answered, int Open, int Police)> SeedAsync()
    {
        var answered = (await _harness.Database.RegisterAsync(_operator, _harness.Clock)).CaseId;
        var open = (await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Phone = "99001122" })).CaseId;
        var police = (await _harness.Database.RegisterAsync(_operator, _harness.Clock, new CaseSeeding.CallSpec { Organisation = "GPD", Phone = "88001122" })).CaseId;
        var officer = await _harness.Database.AddStaffAsync(Roles.AgencyOfficer, "USUG");
        _harness.Clock.Advance(TimeSpan.FromHours(2));
        await _harness.Database.ActAsync(answered, officer, _harness.Clock, (c, v, now) => c.Acknowledge(officer, v, now));
        await _harness.Database.ActAsync(answered, officer, _harness.Clock, (c, v, now) => c.Respond("Засварласан.", Resolution.Resolved, officer, v, now));
        return (answered, open, police);
    }

    private static IXLRow RowOf(IXLWorksheet sheet, string firstCell) =>
        sheet.RowsUsed().Single(r => r.Cell(1).GetString() == firstCell);

    [Fact]
    public async Task OverdueCases_AreTheOpenOnesPastTheirDeadline_OldestFirst_WithDaysAsNumbers()
    {
        await SeedAsync();
        _harness.Clock.Advance(TimeSpan.FromDays(40));

        using var workbook = await _harness.RunAsync(_auditor, ReportHarness.March(ReportKind.OverdueCases));

        var overdue = workbook.Worksheet("Sheet.OverdueCases");
        Assert.Equal(3, overdue.LastRowUsed().RowNumber());
        var days = overdue.Row(1).CellsUsed().Single(c => c.GetString() == "Column.DaysOverdue").Address.ColumnNumber;
        Assert.Equal(XLDataType.Number, overdue.Cell(2, days).DataType);
        Assert.InRange(overdue.Cell(2, days).GetDouble(), 9.9, 10.1);
        Assert.True(overdue.Cell(2, days).GetDouble() >= overdue.Cell(3, days).GetDouble());
        var totals = workbook.Worksheet("Sheet.ByOrganisation").LastRowUsed();
        Assert.Equal(("Total", 2d), (totals.Cell(1).GetString(), totals.Cell(2).GetDouble()));
    }

    [Fact]
    public async Task OverdueCases_ShowTheEscalationLevelReachedInTheCurrentDeadlineRound()
    {
        var (_, open, police) = await SeedAsync();
        _harness.Clock.Advance(TimeSpan.FromDays(40));
        string openReference;
        await using (var db = _harness.Database.CreateDbContext())
        {
            var opened = await db.Cases.SingleAsync(c => c.Id == open);
            openReference = opened.Reference;
            var now = _harness.Clock.GetUtcNow().UtcDateTime;

            // Level 2 in the case's round counts; a higher level of an earlier round does not.
            db.DeadlineAlerts.Add(new DeadlineAlert(open, NotificationKind.Escalation, 2, opened.DeadlineRound, now, false, 1, "test", now));
            db.DeadlineAlerts.Add(new DeadlineAlert(police, NotificationKind.Escalation, 3, 0, now, true, 1, "test", now));
            db.DeadlineAlerts.Add(new DeadlineAlert(police, NotificationKind.RespondReminder, 2, 1, now, false, 1, "test", now));
            await db.SaveChangesAsync();
        }

        using var workbook = await _harness.RunAsync(_auditor, ReportHarness.March(ReportKind.OverdueCases));

        var overdue = workbook.Worksheet("Sheet.OverdueCases");
        var level = overdue.Row(1).CellsUsed().Single(c => c.GetString() == "Column.EscalationLevel").Address.ColumnNumber;
        var levels = overdue.RowsUsed().Skip(1).ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(level));
        Assert.Equal(2, levels.Count);
        Assert.Equal(XLDataType.Number, levels[openReference].DataType);
        Assert.Equal(2d, levels[openReference].GetDouble());
        Assert.Equal(0d, levels.Single(l => l.Key != openReference).Value.GetDouble());
    }

    [Fact]
    public async Task AuditLog_HasEveryEntryOfThePeriod_InSequence()
    {
        await SeedAsync();
        var id = await _harness.Request.RunAsync(ReportHarness.March(ReportKind.AuditLog), _auditor);
        await using (var db = _harness.Database.CreateDbContext())
        {
            // March in Ulaanbaatar; the accounts the test adds are stamped by the real clock, outside it.
            var from = new DateTime(2026, 2, 28, 16, 0, 0, DateTimeKind.Utc);
            var to = new DateTime(2026, 3, 31, 16, 0, 0, DateTimeKind.Utc);
            var expected = await db.AuditEntries.CountAsync(e => e.AtUtc >= from && e.AtUtc < to);
            Assert.True(expected > 5 && expected < await db.AuditEntries.CountAsync());
            Assert.Equal(ReportStatus.Done, await _harness.Generate.RunAsync(new GenerateReportInput(id), Actor.System));
            using var workbook = new XLWorkbook(await _harness.FilePathAsync(id));
            var log = workbook.Worksheet("Sheet.AuditLog");
            Assert.Equal(expected + 1, log.LastRowUsed().RowNumber());
            Assert.Equal(XLDataType.Number, log.Cell(2, 1).DataType);
            Assert.True(log.Cell(3, 1).GetDouble() > log.Cell(2, 1).GetDouble());
            Assert.Equal(XLDataType.DateTime, log.Cell(2, 2).DataType);
            Assert.Equal(expected, workbook.Worksheet("Sheet.ByAction").LastRowUsed().Cell(2).GetDouble());
        }
    }

    [Fact]
    public async Task MonthlyReport_CountsReceivedAndAnsweredByType_AndOrganisation()
    {
        await SeedAsync();

        using var workbook = await _harness.RunAsync(_auditor, ReportHarness.March(ReportKind.MonthlyReport));

        var complaints = RowOf(workbook.Worksheet("Sheet.ByType"), "Type.Complaint");
        Assert.Equal((3d, 1d), (complaints.Cell(2).GetDouble(), complaints.Cell(3).GetDouble()));
        Assert.Equal(1d / 3, complaints.Cell(4).GetDouble(), 6);
        var byStatus = workbook.Worksheet("Sheet.ByStatus");
        Assert.Equal(3d, RowOf(byStatus, "Total").Cell(2).GetDouble());
        Assert.Equal(1d, RowOf(byStatus, "Status.Responded").Cell(2).GetDouble());
    }

    [Fact]
    public async Task OrganisationPerformance_CountsOnTimeWork_AndLeavesSatisfactionEmptyWithoutRatings()
    {
        await SeedAsync();
        string usug;
        await using (var db = _harness.Database.CreateDbContext())
        {
            usug = await db.Organisations.Where(o => o.Code == "USUG").Select(o => o.NameEn).SingleAsync();
        }

        using var workbook = await _harness.RunAsync(_auditor, ReportHarness.March(ReportKind.OrganisationPerformance));

        var water = RowOf(workbook.Worksheet("Sheet.OrganisationPerformance"), usug);
        Assert.Equal([2d, 1d, 1d, 0d], Enumerable.Range(2, 4).Select(c => water.Cell(c).GetDouble()));
        Assert.Equal(0.08, water.Cell(6).GetDouble(), 2);
        Assert.Equal(0d, water.Cell(7).GetDouble());
        Assert.Equal(("Column.Ratings", "Column.AverageScore"), (workbook.Worksheet("Sheet.OrganisationPerformance").Cell(1, 8).GetString(), workbook.Worksheet("Sheet.OrganisationPerformance").Cell(1, 9).GetString()));
        Assert.True(water.Cell(8).IsEmpty());
        Assert.True(water.Cell(9).IsEmpty());
    }

    [Fact]
    public async Task OperatorActivity_CountsCallsPerOperatorDayAndHour()
    {
        await SeedAsync();

        using var workbook = await _harness.RunAsync(_auditor, ReportHarness.March(ReportKind.OperatorActivity));

        var operators = RowOf(workbook.Worksheet("Sheet.Operators"), _operator.DisplayName);
        Assert.Equal((3d, 0d), (operators.Cell(2).GetDouble(), operators.Cell(4).GetDouble()));
        var day = RowOf(workbook.Worksheet("Sheet.PerDay"), _operator.DisplayName);
        Assert.Equal((new DateTime(2026, 3, 10), 3d), (day.Cell(2).GetDateTime(), day.Cell(3).GetDouble()));
        var hour = RowOf(workbook.Worksheet("Sheet.PerHour"), _operator.DisplayName);
        Assert.Equal((12d, 3d), (hour.Cell(2).GetDouble(), hour.Cell(3).GetDouble()));
    }
}
