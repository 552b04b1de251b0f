using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using Microsoft.AspNetCore.Components;

namespace CallCentre.Web.Features.Admin.Calendar;

/// <summary>Adds or edits one recurring holiday; the use case's messages appear at the field they concern.</summary>
public sealed partial class RecurringHolidayDialog : AdminFormDialog<CalendarAdminResource>
{
    private int? _month;
    private int? _day;
    private string? _nameMn;
    private string? _nameEn;

    /// <summary>The holiday to edit; null adds a new one.</summary>
    [Parameter]
    public RecurringHolidayRow? Holiday { get; set; }




    [Inject]
    private SaveRecurringHoliday SaveHoliday { get; set; } = null!;

    protected override void OnInitialized()
    {
        if (Holiday is { } holiday)
        {
            (_month, _day, _nameMn, _nameEn) = (holiday.Month, holiday.Day, holiday.NameMn, holiday.NameEn);
        }
    }

    private Task SaveAsync() => SaveAndCloseAsync(() => SaveHoliday.RunAsync(new SaveRecurringHolidayInput(Holiday?.Id, _month, _day, _nameMn, _nameEn), Actor), nameof(SaveRecurringHolidayInput.HolidayId));
}
