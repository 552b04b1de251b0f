using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Inbox;
using CallCentre.Domain.Workflow;
using CallCentre.Web.Features.Cases;
using CallCentre.Web.Features.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Inbox;

/// <summary>
/// The head picks one of the case's organisation's officers; the move runs through the workflow's <see cref="ActOnCase"/>
/// against the version of the case the list showed. Closes with the outcome; a wrong choice stays open with the message.
/// </summary>
public sealed partial class AssignOfficerDialog
{
    private IReadOnlyList<OfficerChoice>? _officers;
    private string? _officerId;
    private string? _error;
    private bool _saving;

    [Parameter]
    [EditorRequired]
    public InboxRow Row { get; set; } = null!;

    [Parameter]
    [EditorRequired]
    public Actor Actor { get; set; } = null!;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = null!;

    [Inject]
    private ListCaseOfficers Officers { get; set; } = null!;

    [Inject]
    private ActOnCase Act { get; set; } = null!;

    [Inject]
    private IStringLocalizer<InboxResource> L { get; set; } = null!;

    [Inject]
    private IStringLocalizer<CaseResource> C { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _officers = await Officers.RunAsync(new ListCaseOfficersInput(Row.Id), Actor);
        _officerId = Row.OfficerId is { } current && _officers.Any(o => o.Id == current) ? current : null;
    }

    private string OfficerName(string? id) => _officers?.FirstOrDefault(o => o.Id == id)?.DisplayName ?? "";

    private void Choose(string? id)
    {
        _officerId = id;
        _error = null;
    }

    private void Cancel() => MudDialog.Cancel();

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var language = CurrentLanguage.Value;
            var result = await Act.RunAsync(new ActOnCaseInput(new AssignOfficerMove { CaseId = Row.Id, ExpectedStamp = Row.ConcurrencyStamp, OfficerId = _officerId }, language), Actor);
            switch (result.Outcome)
            {
                case CaseMoveOutcome.Invalid:
                    _error = result.Errors.Values.Select(key => C[key].Value).FirstOrDefault();
                    break;
                case CaseMoveOutcome.Refused:
                    _error = C[result.RefusalKey ?? "Case.NotAllowedForRole"];
                    break;
                default:
                    MudDialog.Close(DialogResult.Ok(new AssignOfficerOutcome(result.Outcome, OfficerName(_officerId))));
                    break;
            }
        }
        finally
        {
            _saving = false;
        }
    }
}

/// <summary>How the assignment ended (done, or the case changed or left meanwhile) and whom it went to.</summary>
public sealed record AssignOfficerOutcome(CaseMoveOutcome Outcome, string OfficerName);
