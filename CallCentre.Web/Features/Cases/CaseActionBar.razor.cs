using CallCentre.Domain.Cases;
using CallCentre.Domain.Workflow;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Cases;

/// <summary>
/// The moves the viewer may take on the case now, each opening its dialog. A done move hands the page what it changed
/// (<see cref="CaseProgressView"/>, from the move's result); a dialog closed without one asks the page to read the case
/// again, since a conflict in it may have shown that someone else saved meanwhile.
/// </summary>
public sealed partial class CaseActionBar
{
    private static readonly DialogOptions _options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    [Parameter, EditorRequired]
    public CaseDetailsView Case { get; set; } = default!;

    /// <summary>Raised after a dialog closes: with what the move changed, or null when the page should read the case again.</summary>
    [Parameter]
    public EventCallback<CaseProgressView?> OnChanged { get; set; }

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
        var moved = result is { Canceled: false, Data: CaseMoveResult { Succeeded: true } done } ? done : null;
        if (moved is not null)
        {
            Snackbar.Add(string.Format(System.Globalization.CultureInfo.CurrentCulture, A["Done"], A["Action." + action]), Severity.Success);
        }

        await OnChanged.InvokeAsync(moved?.Progress);
    }
}
