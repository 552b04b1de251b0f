using System.Globalization;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Inbox;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Deadlines;

/// <summary>
/// A case's respond-by deadline as people say it — "3 d 4 h left", "Overdue by 2 d", "Paused" — coloured by how urgent
/// it is, the deadline itself in the tooltip. Nothing when no clock runs (not yet assigned, answered, closed). The one
/// rule of <see cref="DeadlineStates"/> decides, so every list and the case page agree.
/// </summary>
public sealed partial class DeadlineChip
{
    /// <summary>Past this many days only whole days are shown; nearer the deadline the hours count.</summary>
    private const int DaysWithHours = 10;

    [Inject]
    private IStringLocalizer<DeadlineChipResource> L { get; set; } = default!;

    [Parameter, EditorRequired]
    public CaseStatus Status { get; set; }

    [Parameter, EditorRequired]
    public DateTime? RespondByUtc { get; set; }

    /// <summary>The moment the page measured from, so that all its rows agree.</summary>
    [Parameter, EditorRequired]
    public DateTime NowUtc { get; set; }

    [Parameter]
    public int DueSoonDays { get; set; } = InboxSettings.DefaultDueSoonDays;

    /// <summary>When the clock was paused, for the tooltip; optional.</summary>
    [Parameter]
    public DateTime? PausedSinceUtc { get; set; }

    private DeadlineState State => DeadlineStates.Of(Status, RespondByUtc, NowUtc, DueSoonDays);

    private Color ChipColor => State switch
    {
        DeadlineState.Overdue => Color.Error,
        DeadlineState.AtRisk => Color.Warning,
        DeadlineState.Paused => Color.Info,
        _ => Color.Success,
    };

    private string Text => State switch
    {
        DeadlineState.Paused => L["Paused"],
        DeadlineState.Overdue => Format("Overdue", Span(NowUtc - RespondByUtc!.Value)),
        _ => Format("Left", Span(RespondByUtc!.Value - NowUtc)),
    };

    private string? Title =>
        State == DeadlineState.Paused && PausedSinceUtc is { } since ? Format("PausedSince", Local(since))
        : RespondByUtc is { } due ? Format("RespondBy", Local(due))
        : null;

    /// <summary>Whole days (and hours, near the deadline), or hours on the last day — never "0 h".</summary>
    private string Span(TimeSpan span)
    {
        var days = (int)span.TotalDays;
        if (days == 0)
        {
            return Format("Hours", Math.Max(1, (int)Math.Ceiling(span.TotalHours)));
        }

        return days >= DaysWithHours || span.Hours == 0 ? Format("Days", days) : Format("DaysHours", days, span.Hours);
    }

    private string Format(string key, params object[] values) => string.Format(CultureInfo.CurrentCulture, L[key], values);

    private static string Local(DateTime utc) => UlaanbaatarTime.FromUtc(utc).ToString("g", CultureInfo.CurrentCulture);
}
