using System.Globalization;
using Bunit;
using CallCentre.Domain.Cases;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Deadlines;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CallCentre.Tests.Web.Features.Deadlines;

public sealed class DeadlineChipTests : CallCentreBunitContext
{
    private static readonly DateTime Now = new(2026, 3, 2, 4, 0, 0, DateTimeKind.Utc);

    protected override bool UsesSeededDatabase => false;

    private IRenderedComponent<DeadlineChip> Chip(CaseStatus status, DateTime? respondBy, string culture = "en-GB", DateTime? pausedSince = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return Render<DeadlineChip>(p => p
            .Add(c => c.Status, status)
            .Add(c => c.RespondByUtc, respondBy)
            .Add(c => c.NowUtc, Now)
            .Add(c => c.DueSoonDays, 5)
            .Add(c => c.PausedSinceUtc, pausedSince));
    }

    [Theory]
    [InlineData(CaseStatus.InProgress, 3 * 24 + 4, "en-GB", "3 d 4 h left", "AtRisk")]
    [InlineData(CaseStatus.Assigned, 20 * 24 + 5, "en-GB", "20 d left", "OnTime")]
    [InlineData(CaseStatus.InProgress, 5, "en-GB", "5 h left", "AtRisk")]
    [InlineData(CaseStatus.InProgress, -2 * 24, "en-GB", "Overdue by 2 d", "Overdue")]
    [InlineData(CaseStatus.Assigned, -3, "en-GB", "Overdue by 3 h", "Overdue")]
    [InlineData(CaseStatus.InProgress, 3 * 24 + 4, "mn-MN", "3 хоног 4 цаг үлдсэн", "AtRisk")]
    [InlineData(CaseStatus.InProgress, -2 * 24, "mn-MN", "Хугацаа 2 хоног хэтэрсэн", "Overdue")]
    public void RunningClock_ShowsTimeLeftOrOverdueBy_InTheReadersLanguage(CaseStatus status, int hoursLeft, string culture, string text, string state)
    {
        var chip = Chip(status, Now.AddHours(hoursLeft), culture);

        var element = chip.Find("[data-testid=deadline-chip]");
        Assert.Equal(text, element.TextContent.Trim());
        Assert.Equal(state, element.GetAttribute("data-state"));
        Assert.Contains(culture == "en-GB" ? "Respond by" : "Хариу өгөх хугацаа", element.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "Paused", "Paused since")]
    [InlineData("mn-MN", "Түр зогссон", "түр зогссон")]
    public void AwaitingTheCitizen_ShowsPaused_EvenPastTheDeadline(string culture, string text, string title)
    {
        var chip = Chip(CaseStatus.AwaitingCitizen, Now.AddDays(-4), culture, pausedSince: Now.AddDays(-6));

        var element = chip.Find("[data-testid=deadline-chip]");
        Assert.Equal(text, element.TextContent.Trim());
        Assert.Equal("Paused", element.GetAttribute("data-state"));
        Assert.Contains(title, element.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CaseStatus.Responded)]
    [InlineData(CaseStatus.Closed)]
    [InlineData(CaseStatus.Returned)]
    [InlineData(CaseStatus.Registered)]
    public void NoRunningClock_ShowsNothing(CaseStatus status)
    {
        var chip = Chip(status, Now.AddDays(-40));

        Assert.Empty(chip.FindAll("[data-testid=deadline-chip]"));
    }
}
