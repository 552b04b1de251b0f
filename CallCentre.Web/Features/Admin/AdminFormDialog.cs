using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Admin;

/// <summary>
/// What every administrator's edit dialog shares: who acts, the use case's field errors (shown at their field in the
/// dialog's language, cleared when the field changes) and one save that closes with the saved value or keeps what was typed.
/// </summary>
/// <typeparam name="TResource">The resources the dialog's messages come from.</typeparam>
public abstract class AdminFormDialog<TResource> : ComponentBase
{
    private Dictionary<string, string> _errors = [];

    [Parameter]
    [EditorRequired]
    public Actor Actor { get; set; } = null!;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = null!;

    [Inject]
    protected IStringLocalizer<TResource> L { get; set; } = null!;

    /// <summary>True while a save runs, so that the save button cannot send it twice.</summary>
    protected bool Saving { get; private set; }

    protected bool HasError(string field) => _errors.ContainsKey(field);

    protected string? ErrorFor(string field) => _errors.TryGetValue(field, out var key) ? L[key].Value : null;

    /// <summary>Sets a field the user changed and takes away the error that was shown at it.</summary>
    protected void Change<T>(ref T field, T value, string errorField)
    {
        field = value;
        ClearError(errorField);
    }

    protected void ClearError(string field) => _errors.Remove(field);

    protected void Cancel() => MudDialog.Cancel();

    /// <summary>
    /// Runs the save; closes the dialog with the saved value, or shows the refusal at its fields. A refusal the domain
    /// throws (the entry was removed meanwhile, the actor may not) is shown at <paramref name="refusalField"/>.
    /// </summary>
    protected async Task SaveAndCloseAsync<T>(Func<Task<SaveResult<T>>> save, string refusalField)
    {
        Saving = true;
        try
        {
            var result = await save();
            if (result.Succeeded)
            {
                MudDialog.Close(DialogResult.Ok(result.Value));
                return;
            }

            _errors = new Dictionary<string, string>(result.Errors);
        }
        catch (DomainException ex)
        {
            _errors = new Dictionary<string, string> { [refusalField] = ex.MessageKey };
        }
        finally
        {
            Saving = false;
        }
    }
}
