using CallCentre.Domain.Accounts;
using CallCentre.Domain.UseCases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Admin.Users;

/// <summary>
/// What the user-admin dialogs share: who acts, the form and the server's refusals, Enter to save, and one save that
/// checks the form, closes on success, or keeps the dialog open with each refusal at its field and what was typed.
/// </summary>
public abstract class UserFormDialog : ComponentBase
{
    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = default!;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<UsersResource> L { get; set; } = default!;

    /// <summary>What the server refused, shown at its field until the admin edits the value.</summary>
    protected ServerRefusals Refusals { get; } = new();

    protected MudForm Form { get; set; } = default!;

    /// <summary>True while a save runs, so that Enter or the button cannot send it twice.</summary>
    protected bool Saving { get; private set; }

    protected abstract Task SaveAsync();

    protected Task SaveOnEnterAsync(KeyboardEventArgs args) => args.Key == "Enter" ? SaveAsync() : Task.CompletedTask;

    protected void Cancel() => MudDialog.Cancel();

    /// <param name="save">The use case, with what the form holds.</param>
    /// <param name="valueOf">The form's value of a field, so that a refusal stays while the value is unchanged.</param>
    /// <param name="closeWith">What the dialog answers when saved.</param>
    protected async Task SaveAndCloseAsync(Func<Task<SaveResult<string>>> save, Func<string, string?> valueOf, Func<object> closeWith)
    {
        if (Saving)
        {
            return;
        }

        await Form.ValidateAsync();
        if (!Form.IsValid)
        {
            return;
        }

        Saving = true;
        try
        {
            var result = await save();
            if (result.Succeeded)
            {
                MudDialog.Close(DialogResult.Ok(closeWith()));
                return;
            }

            Refusals.Remember(result.Refusals, valueOf);
            await Form.ValidateAsync();
        }
        finally
        {
            Saving = false;
        }
    }
}
