using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Admin.Calendar;

/// <summary>Adds or edits one recurring holiday; the use case's messages appear at the field they concern.</summary>
public sealed partial class RecurringHolidayDialog
{
    private Dictionary<string, string> _errors = [];
    private int? _month;
    private int? _day;
    private string? _nameMn;
    private string? _nameEn;
    private bool _saving;

    /// <summary>The holiday to edit; null adds a new one.</summary>
    [Parameter]
    public RecurringHolidayRow? Holiday { get; set; }

    [Parameter]
    [EditorRequired]
    public Actor Actor { get; set; } = null!;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = null!;

    [Inject]
    private IStringLocalizer<CalendarAdminResource> L { get; set; } = null!;

    [Inject]
    private SaveRecurringHoliday SaveHoliday { get; set; } = null!;

    protected override void OnInitialized()
    {
        if (Holiday is { } holiday)
        {
            (_month, _day, _nameMn, _nameEn) = (holiday.Month, holiday.Day, holiday.NameMn, holiday.NameEn);
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
            var result = await SaveHoliday.RunAsync(new SaveRecurringHolidayInput(Holiday?.Id, _month, _day, _nameMn, _nameEn), Actor);
            if (result.Succeeded)
            {
                MudDialog.Close(DialogResult.Ok(result.Value));
                return;
            }

            _errors = new Dictionary<string, string>(result.Errors);
        }
        catch (DomainException ex)
        {
            _errors = new Dictionary<string, string> { [nameof(SaveRecurringHolidayInput.HolidayId)] = ex.MessageKey };
        }
        finally
        {
            _saving = false;
        }
    }
}
