using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using Microsoft.AspNetCore.Components;

namespace CallCentre.Web.Features.Admin.Calendar;

/// <summary>Adds or edits one dated day; the use case's messages appear at the field they concern, and what was typed stays.</summary>
public sealed partial class CalendarDayDialog : AdminFormDialog<CalendarAdminResource>
{
    private string? _date;
    private CalendarDayKind _kind = CalendarDayKind.Holiday;
    private string? _note;

    /// <summary>The day to edit; null adds a new one.</summary>
    [Parameter]
    public CalendarDayRow? Day { get; set; }




    [Inject]
    private SaveCalendarDay SaveDay { get; set; } = null!;

    protected override void OnInitialized()
    {
        if (Day is { } day)
        {
            _date = CalendarPage.DateText(day.Date);
            _kind = day.Kind;
            _note = day.Note;
        }
    }

    private Task SaveAsync() => SaveAndCloseAsync(
        () =>
        {
            // An unreadable date goes on as none: the use case answers with the same message at the field.
            DateOnly? date = DateOnly.TryParseExact(_date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
            return SaveDay.RunAsync(new SaveCalendarDayInput(Day?.Id, date, _kind, _note), Actor);
        },
        nameof(SaveCalendarDayInput.DayId));
}
