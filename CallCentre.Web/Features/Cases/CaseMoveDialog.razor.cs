using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Ratings;
using CallCentre.Domain.Workflow;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Cases;

/// <summary>
/// One move on a case: the fields it needs, sent to <see cref="ActOnCase"/>, whose field errors (the move's own rules)
/// show at the fields. A refusal says why and changes nothing; a conflict shows what someone else changed and keeps
/// everything typed, to re-apply or cancel. A done move closes the dialog with ActOnCase's result, whose progress the
/// page shows.
/// </summary>
public sealed partial class CaseMoveDialog
{
    private static readonly Resolution[] ResponseResolutions =
        [.. Enum.GetValues<Resolution>().Where(r => CaseRules.ResponseResolution(r) is null)];

    private readonly string FormId = "case-move-" + Guid.NewGuid().ToString("N");
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private IReadOnlyList<ResponseTemplateRow> _templates = [];
    private IReadOnlyList<OfficerChoice> _officers = [];
    private IReadOnlyList<OrganisationChoice> _organisations = [];
    private Guid _stamp;
    private CaseState? _conflict;
    private string? _refusal;
    private bool _saving;
    private string? _text;
    private Resolution? _resolution;
    private int? _templateId;
    private int? _organisationId;
    private string? _officerId;
    private DateTime? _untilDate;
    private string? _primaryReference;
    private int? _score;
    private ProblemSolved? _solved;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public CaseDetailsView Case { get; set; } = default!;

    [Parameter, EditorRequired]
    public CaseAction Action { get; set; }

    [Inject]
    private ActOnCase ActOnCase { get; set; } = default!;

    [Inject]
    private ListCaseResponseTemplates Templates { get; set; } = default!;

    [Inject]
    private ListCaseOfficers Officers { get; set; } = default!;

    [Inject]
    private ListOrganisationChoices Organisations { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseActionsResource> A { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseResource> C { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _stamp = Case.Work.ConcurrencyStamp;
        var actor = await ActorAsync();
        if (actor is null)
        {
            return;
        }

        switch (Action)
        {
            case CaseAction.Respond:
                _templates = await Templates.RunAsync(new ListCaseResponseTemplatesInput(Case.Id), actor);
                break;
            case CaseAction.AssignOfficer:
                _officers = await Officers.RunAsync(new ListCaseOfficersInput(Case.Id), actor);
                break;
            case CaseAction.Reroute:
                _organisations = [.. (await Organisations.RunAsync(actor)).Where(o => o.IsActive && o.Id != Case.Work.AssignedOrganisationId)];
                break;
        }
    }

    private bool HasError(string field) => _errors.ContainsKey(field);

    private string? ErrorFor(string field) => _errors.TryGetValue(field, out var key) ? C[key].Value : null;

    private void UseTemplate(int? templateId)
    {
        _templateId = templateId;
        if (_templates.FirstOrDefault(t => t.Id == templateId) is { } template)
        {
            _text = template.Text;
        }
    }

    private Task SubmitOnCtrlEnterAsync(KeyboardEventArgs args) =>
        args is { Key: "Enter", CtrlKey: true } ? SubmitAsync() : Task.CompletedTask;

    private async Task SubmitAsync()
    {
        if (_saving)
        {
            return;
        }

        var actor = await ActorAsync();
        if (actor is null)
        {
            return;
        }

        _saving = true;
        _refusal = null;
        try
        {
            var result = await ActOnCase.RunAsync(new ActOnCaseInput(Move(), CurrentLanguage.Value), actor);
            _errors = result.Errors;
            switch (result.Outcome)
            {
                case CaseMoveOutcome.Done:
                    MudDialog.Close(DialogResult.Ok(result));
                    return;
                case CaseMoveOutcome.Invalid:
                    break;
                case CaseMoveOutcome.Conflict:
                    // Someone else saved first: show what they did, and take their version as the one to re-apply against.
                    _conflict = result.Current;
                    _stamp = result.Current!.ConcurrencyStamp;
                    break;
                case CaseMoveOutcome.Refused:
                    _refusal = C[result.RefusalKey!];
                    break;
                default:
                    _refusal = A["NotFound"];
                    break;
            }
        }
        catch (DomainException error)
        {
            _refusal = C[error.MessageKey];
        }
        finally
        {
            _saving = false;
        }
    }

    private CaseMove Move() => Action switch
    {
        CaseAction.Acknowledge => (CaseMove)new AcknowledgeMove(),
        CaseAction.AskCitizen => new AskCitizenMove { Question = _text },
        CaseAction.RecordCitizenAnswer => new RecordCitizenAnswerMove { Answer = _text },
        CaseAction.Respond => new RespondMove { Text = _text, Resolution = _resolution },
        CaseAction.Return => new ReturnMove { Reason = _text },
        CaseAction.Reroute => new RerouteMove { OrganisationId = _organisationId },
        CaseAction.AssignOfficer => new AssignOfficerMove { OfficerId = _officerId },
        CaseAction.RequestExtension => new RequestExtensionMove { UntilUtc = UntilUtc(), Reason = _text },
        CaseAction.ApproveExtension => new ApproveExtensionMove(),
        CaseAction.RefuseExtension => new RefuseExtensionMove { Remark = _text },
        CaseAction.Reopen => new ReopenMove { Reason = _text },
        CaseAction.Close => new CloseMove { Remark = _text },
        CaseAction.MarkDuplicate => new MarkDuplicateMove { PrimaryReference = _primaryReference },
        CaseAction.Withdraw => new WithdrawMove { Reason = _text },
        CaseAction.AddNote => new AddNoteMove { Text = _text },
        CaseAction.Rate => new RateMove { Score = _score, Solved = _solved, Comment = _text },
        _ => throw new InvalidOperationException("No dialog for " + Action),
    } with { CaseId = Case.Id, ExpectedStamp = _stamp };

    /// <summary>The chosen day, at the same time of day as the current deadline, so that "30 days later" is the last day allowed.</summary>
    private DateTime? UntilUtc()
    {
        if (_untilDate is not { } date)
        {
            return null;
        }

        var timeOfDay = Case.Work.RespondByUtc is { } deadline ? UlaanbaatarTime.FromUtc(deadline).TimeOfDay : TimeSpan.Zero;
        return UlaanbaatarTime.ToUtc(date.Date + timeOfDay);
    }

    private async Task<Actor?> ActorAsync() => (await CurrentUser.GetAsync())?.ToActor();

    private void Cancel() => MudDialog.Cancel();
}
