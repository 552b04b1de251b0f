using CallCentre.Domain.Cases;
using CallCentre.Domain.Workflow;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Cases;

/// <summary>
/// The moves the viewer may take on the case now, each opening its dialog; after any dialog the page reloads the case,
/// so what it shows is what was saved (or what someone else saved meanwhile).
/// </summary>
public sealed partial class CaseActionBar
{
    private static readonly DialogOptions _options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    [Parameter, EditorRequired]
    public CaseDetailsView Case { get; set; } = default!;

    /// <summary>Raised after a dialog closes: the page reloads the case.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseActionsResource> A { get; set; } = default!;

    private static bool IsMain(CaseAction action) =>
        action is CaseAction.Acknowledge or CaseAction.Respond or CaseAction.RecordCitizenAnswer or CaseAction.Reroute or CaseAction.ApproveExtension;

    private async Task OpenAsync(CaseAction action)
    {
        var parameters = new DialogParameters<CaseMoveDialog>
        {
            { d => d.Case, Case },
            { d => d.Action, action },
        };
        var dialog = await Dialogs.ShowAsync<CaseMoveDialog>(A["Action." + action], parameters, _options);
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: CaseMoveResult { Succeeded: true } })
        {
            Snackbar.Add(string.Format(System.Globalization.CultureInfo.CurrentCulture, A["Done"], A["Action." + action]), Severity.Success);
        }

        await OnChanged.InvokeAsync();
    }
}
