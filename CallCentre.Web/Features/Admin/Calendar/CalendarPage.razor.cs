using System.Globalization;
using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Web.Components;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Admin.Calendar;

/// <summary>
/// The administrators' business calendar: one year's working days per month and dated days (lunar or moved holidays,
/// weekend days declared working), and the holidays kept on the same date every year.
/// </summary>
public sealed partial class CalendarPage
{
    private int _year;
    private CalendarYear? _view;

    [Inject]
    private IStringLocalizer<CalendarAdminResource> L { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SharedResource> SharedL { get; set; } = null!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = null!;

    [Inject]
    private GetCalendarYear GetYear { get; set; } = null!;

    [Inject]
    private DeleteCalendarDay DeleteDay { get; set; } = null!;

    [Inject]
    private DeleteRecurringHoliday DeleteHoliday { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private IDialogService DialogService { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    protected override Task OnInitializedAsync() => ShowYearAsync(UlaanbaatarTime.Today(Clock).Year);

    private async Task ShowYearAsync(int year)
    {
        _year = Math.Clamp(year, CalendarDay.FirstYear, CalendarDay.LastYear);
        if (await CurrentUser.GetAsync() is { } user)
        {
            _view = await GetYear.RunAsync(new GetCalendarYearInput(_year), user.ToActor());
        }
    }

    private Task ReloadAsync() => ShowYearAsync(_year);

    internal static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string WeekdayName(DateOnly date) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(date.DayOfWeek);

    private static string MonthName(int month) => CultureInfo.CurrentCulture.DateTimeFormat.GetMonthName(month);

    private static string MonthDayText(int month, int day) => $"{MonthName(month)} {day.ToString(CultureInfo.CurrentCulture)}";

    private static string HolidayName(RecurringHolidayRow holiday) => CurrentLanguage.Value.Pick(holiday.NameMn, holiday.NameEn);

    private Task AddDayAsync() =>
        OpenAsync<CalendarDayDialog>(L["Calendar.AddDay"], new DialogParameters<CalendarDayDialog>());

    private Task EditDayAsync(CalendarDayRow day) =>
        OpenAsync<CalendarDayDialog>(L["Calendar.EditDay", DateText(day.Date)], new DialogParameters<CalendarDayDialog> { { d => d.Day, day } });

    private Task AddHolidayAsync() => OpenAsync<RecurringHolidayDialog>(L["Calendar.AddHoliday"], new DialogParameters<RecurringHolidayDialog>());

    private Task EditHolidayAsync(RecurringHolidayRow holiday) =>
        OpenAsync<RecurringHolidayDialog>(L["Calendar.EditHoliday", HolidayName(holiday)], new DialogParameters<RecurringHolidayDialog> { { d => d.Holiday, holiday } });

    private async Task OpenAsync<TDialog>(string title, DialogParameters parameters)
        where TDialog : ComponentBase
    {
        if (await CurrentUser.GetAsync() is not { } user)
        {
            return;
        }

        parameters.Add("Actor", user.ToActor());
        var dialog = await DialogService.ShowAsync<TDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Calendar.Saved"], Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task DeleteDayAsync(CalendarDayRow day)
    {
        if (await CurrentUser.GetAsync() is not { } user || !await ConfirmAsync(L["Calendar.DeleteDay", DateText(day.Date)], L["Calendar.DeleteDayConfirm", DateText(day.Date)]))
        {
            return;
        }

        var result = await DeleteDay.RunAsync(new DeleteCalendarDayInput(day.Id), user.ToActor());
        Snackbar.Add(result.Succeeded ? L["Calendar.Deleted"] : L[result.Errors.Values.First()], result.Succeeded ? Severity.Success : Severity.Error);
        await ReloadAsync();
    }

    private async Task DeleteHolidayAsync(RecurringHolidayRow holiday)
    {
        var name = HolidayName(holiday);
        if (await CurrentUser.GetAsync() is not { } user || !await ConfirmAsync(L["Calendar.DeleteHoliday", name], L["Calendar.DeleteHolidayConfirm", name, MonthDayText(holiday.Month, holiday.Day)]))
        {
            return;
        }

        try
        {
            var removed = await DeleteHoliday.RunAsync(new DeleteRecurringHolidayInput(holiday.Id), user.ToActor());
            Snackbar.Add(removed ? L["Calendar.Deleted"] : L["Calendar.NotFound"], removed ? Severity.Success : Severity.Info);
        }
        catch (DomainException ex)
        {
            Snackbar.Add(L[ex.MessageKey], Severity.Error);
        }

        await ReloadAsync();
    }

    private async Task<bool> ConfirmAsync(string title, string text) =>
        await DialogService.ShowMessageBoxAsync(title, text, yesText: L["Calendar.Remove"], cancelText: L["Calendar.Cancel"]) == true;
}
