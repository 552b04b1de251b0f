using CallCentre.Domain.Accounts;
using CallCentre.Domain.Reports;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Domain.Reports;

public sealed class ReportLifecycleTests : IAsyncLifetime
{
    private ReportHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ReportHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task FilesPastTheirRetention_AreDeleted_AndTheRequestsMarkedExpired()
    {
        var auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);
        var id = await _harness.Request.RunAsync(ReportHarness.March(ReportKind.CaseRegister), auditor);
        await _harness.Generate.RunAsync(new GenerateReportInput(id), Actor.System);
        var path = await _harness.FilePathAsync(id);
        var expire = new ExpireReports(_harness.Db, _harness.Settings, _harness.Clock);

        _harness.Clock.Advance(TimeSpan.FromDays(_harness.Settings.RetentionDays - 1));
        Assert.Equal(0, await expire.RunAsync(Actor.System));
        Assert.True(File.Exists(path));

        _harness.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await expire.RunAsync(Actor.System));
        Assert.False(File.Exists(path));
        Assert.Equal(ReportStatus.Expired, (await _harness.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task UnfinishedRequests_AreListedForTheRestart_UntilWritten()
    {
        var auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);
        var first = await _harness.Request.RunAsync(ReportHarness.March(ReportKind.CaseRegister), auditor);
        var second = await _harness.Request.RunAsync(ReportHarness.March(ReportKind.MonthlyReport), auditor);
        var unfinished = new ListUnfinishedReports(_harness.Db);

        Assert.Equal([first, second], await unfinished.RunAsync(Actor.System));
        await _harness.Generate.RunAsync(new GenerateReportInput(first), Actor.System);
        Assert.Equal([second], await unfinished.RunAsync(Actor.System));
        Assert.Equal(ReportStatus.Done, await _harness.Generate.RunAsync(new GenerateReportInput(first), Actor.System));
    }

    [Fact]
    public async Task RequesterWhoLostTheRole_GetsAFailedRequestAndNoFile()
    {
        var auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);
        var id = await _harness.Request.RunAsync(ReportHarness.March(ReportKind.AuditLog), auditor);
        await using (var db = _harness.Database.CreateDbContext())
        {
            await db.UserRoles.Where(r => r.UserId == auditor.UserId).ExecuteDeleteAsync();
        }

        Assert.Equal(ReportStatus.Failed, await _harness.Generate.RunAsync(new GenerateReportInput(id), Actor.System));

        var request = await _harness.LoadAsync(id);
        Assert.Equal(("Report.NotAllowed", null), (request.ErrorMessage, request.FileName));
        Assert.Empty(Directory.GetFiles(_harness.Settings.Folder));
    }

    [Fact]
    public async Task Download_IsForTheRequesterOnly_AndAudited()
    {
        var auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);
        var otherAuditor = await _harness.Database.AddStaffAsync(Roles.Auditor);
        var id = await _harness.Request.RunAsync(ReportHarness.March(ReportKind.CaseRegister), auditor);
        var open = new OpenReportFile(_harness.Db, _harness.Settings);
        Assert.Null(await open.RunAsync(new OpenReportFileInput(id), auditor));
        await _harness.Generate.RunAsync(new GenerateReportInput(id), Actor.System);

        Assert.Null(await open.RunAsync(new OpenReportFileInput(id), otherAuditor));
        Assert.Null(await open.RunAsync(new OpenReportFileInput(id + 1), auditor));
        var file = await open.RunAsync(new OpenReportFileInput(id), auditor);

        Assert.Equal(await _harness.FilePathAsync(id), file!.FullPath);
        await using var db = _harness.Database.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == "Report.Downloaded");
        Assert.Equal((auditor.UserId, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.ActorId, entry.SubjectId));
    }

    [Fact]
    public async Task MonthlyReport_IsMadeOnTheFirstWorkingDay_OnceAndOfferedToSupervisors()
    {
        // 1 August 2026 is a Saturday: the first working day is Monday the 3rd.
        _harness.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero));
        var schedule = new ScheduleMonthlyReport(_harness.Db, _harness.Scheduler, _harness.Clock);
        Assert.Null(await schedule.RunAsync(Actor.System));

        _harness.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 3, 0, 0, 0, TimeSpan.Zero));
        var id = await schedule.RunAsync(Actor.System);
        Assert.NotNull(id);
        Assert.Null(await schedule.RunAsync(Actor.System));
        Assert.Equal([id!.Value], _harness.Scheduler.Queued);

        var request = await _harness.LoadAsync(id.Value);
        Assert.Equal((ReportKind.MonthlyReport, new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31), (string?)null), (request.Kind, request.PeriodFrom, request.PeriodTo, request.RequestedById));
        Assert.Equal(ReportStatus.Done, await _harness.Generate.RunAsync(new GenerateReportInput(id.Value), Actor.System));

        var supervisor = await _harness.Database.AddStaffAsync(Roles.Supervisor, "CC1111");
        var auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);
        Assert.Single(await new ListReportRequests(_harness.Db).RunAsync(supervisor));
        Assert.Empty(await new ListReportRequests(_harness.Db).RunAsync(auditor));
        var open = new OpenReportFile(_harness.Db, _harness.Settings);
        Assert.NotNull(await open.RunAsync(new OpenReportFileInput(id.Value), supervisor));
        Assert.Null(await open.RunAsync(new OpenReportFileInput(id.Value), auditor));
    }
}
