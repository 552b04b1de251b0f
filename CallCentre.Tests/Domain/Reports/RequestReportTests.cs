using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Reports;
using CallCentre.Domain.UseCases;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Domain.Reports;

public sealed class RequestReportTests : IAsyncLifetime
{
    private ReportHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ReportHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    public static TheoryData<string, ReportKind, bool> RoleMatrix()
    {
        var data = new TheoryData<string, ReportKind, bool>();
        foreach (var role in Roles.All)
        {
            foreach (var kind in Enum.GetValues<ReportKind>())
            {
                var allowed = kind == ReportKind.AuditLog
                    ? role is Roles.Auditor or Roles.Administrator
                    : role is Roles.Auditor or Roles.Supervisor or Roles.AgencyHead;
                data.Add(role, kind, allowed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RoleMatrix))]
    public async Task EachRoleAndReport_IsAllowedOrRefusedWithNothingQueued(string role, ReportKind kind, bool allowed)
    {
        var actor = await _harness.Database.AddStaffAsync(role, Roles.RequiresOrganisation(role) ? "USUG" : null);

        if (allowed)
        {
            var id = await _harness.Request.RunAsync(ReportHarness.March(kind), actor);
            Assert.Equal([id], _harness.Scheduler.Queued);
            Assert.Equal(ReportStatus.Queued, (await _harness.LoadAsync(id)).Status);
        }
        else
        {
            var refusal = await Assert.ThrowsAsync<DomainException>(() => _harness.Request.RunAsync(ReportHarness.March(kind), actor));
            Assert.Equal("Report.NotAllowed", refusal.MessageKey);
            await AssertNothingQueuedAsync();
        }
    }

    [Fact]
    public async Task PeriodEndingBeforeItStarts_IsRefused()
    {
        var auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);
        var input = new RequestReportInput(ReportKind.CaseRegister, new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 9), null, Language.English);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _harness.Request.RunAsync(input, auditor));

        Assert.Equal("Report.PeriodEndsBeforeStart", refusal.MessageKey);
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task PeriodLongerThanTheSetting_IsRefused_AndTheLongestAllowedIsAccepted()
    {
        var auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);
        _harness.Settings.MaxPeriodDays = 31;

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _harness.Request.RunAsync(
            new RequestReportInput(ReportKind.CaseRegister, new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1), null, Language.English), auditor));
        Assert.Equal(("Report.PeriodTooLong", 31), (refusal.MessageKey, (int)refusal.Arguments[0]));
        await AssertNothingQueuedAsync();

        await _harness.Request.RunAsync(ReportHarness.March(ReportKind.CaseRegister), auditor);
        Assert.Single(_harness.Scheduler.Queued);
    }

    [Fact]
    public async Task AgencyHead_FilteringOnAnotherOrganisation_IsRefused()
    {
        var head = await _harness.Database.AddStaffAsync(Roles.AgencyHead, "USUG");
        var police = await _harness.Database.OrganisationIdAsync("GPD");

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _harness.Request.RunAsync(ReportHarness.March(ReportKind.CaseRegister, police), head));

        Assert.Equal("Report.OtherOrganisation", refusal.MessageKey);
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task AgencyHead_WithoutAFilter_GetsTheirOwnOrganisation()
    {
        var head = await _harness.Database.AddStaffAsync(Roles.AgencyHead, "USUG");

        var id = await _harness.Request.RunAsync(ReportHarness.March(ReportKind.CaseRegister), head);

        Assert.Equal(await _harness.Database.OrganisationIdAsync("USUG"), (await _harness.LoadAsync(id)).OrganisationId);
    }

    [Fact]
    public async Task Request_IsAudited()
    {
        var auditor = await _harness.Database.AddStaffAsync(Roles.Auditor);

        var id = await _harness.Request.RunAsync(ReportHarness.March(ReportKind.CaseRegister), auditor);

        await using var db = _harness.Database.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == "Report.Requested");
        Assert.Equal((id.ToString(System.Globalization.CultureInfo.InvariantCulture), auditor.UserId), (entry.SubjectId, entry.ActorId));
    }

    private async Task AssertNothingQueuedAsync()
    {
        Assert.Empty(_harness.Scheduler.Queued);
        await using var db = _harness.Database.CreateDbContext();
        Assert.False(await db.ReportRequests.AnyAsync());
    }
}
