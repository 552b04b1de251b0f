using System.Globalization;
using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Admin.Calendar;

/// <summary>Adds or edits one dated day; the use case's messages appear at the field they concern, and what was typed stays.</summary>
public sealed partial class CalendarDayDialog
{
    private Dictionary<string, string> _errors = [];
    private string? _date;
    private CalendarDayKind _kind = CalendarDayKind.Holiday;
    private string? _note;
    private bool _saving;

    /// <summary>The day to edit; null adds a new one.</summary>
    [Parameter]
    public CalendarDayRow? Day { get; set; }

    [Parameter]
    [EditorRequired]
    public Actor Actor { get; set; } = null!;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = null!;

    [Inject]
    private IStringLocalizer<CalendarAdminResource> L { get; set; } = null!;

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

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorFor(string field) => _errors.TryGetValue(field, out var key) ? L[key].Value : null;

    private void Change<T>(ref T field, T value, string errorField)
    {
        field = value;
        _errors.Remove(errorField);
    }

    private void Cancel() => MudDialog.Cancel();

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            // An unreadable date goes on as none: the use case answers with the same message at the field.
            DateOnly? date = DateOnly.TryParseExact(_date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
            var result = await SaveDay.RunAsync(new SaveCalendarDayInput(Day?.Id, date, _kind, _note), Actor);
            if (result.Succeeded)
            {
                MudDialog.Close(DialogResult.Ok(result.Value));
                return;
            }

            _errors = new Dictionary<string, string>(result.Errors);
        }
        catch (DomainException ex)
        {
            _errors = new Dictionary<string, string> { [nameof(SaveCalendarDayInput.DayId)] = ex.MessageKey };
        }
        finally
        {
            _saving = false;
        }
    }
}
