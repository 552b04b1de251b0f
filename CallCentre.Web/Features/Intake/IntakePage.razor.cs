using CallCentre.Domain;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Routing;
using CallCentre.Web.Components;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Cases;
using CallCentre.Web.Features.Localization;
using CallCentre.Web.Features.Organisations;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace CallCentre.Web.Features.Intake;

/// <summary>
/// The page an operator keeps open during calls: caller, case, place and routing on one screen, the caller's history and
/// possible duplicates beside them, the draft kept in the browser until the case is saved.
/// </summary>
public sealed partial class IntakePage : IAsyncDisposable
{
    /// <summary>How long typing must pause before the draft is written to the browser.</summary>
    public static readonly TimeSpan DraftDelay = TimeSpan.FromMilliseconds(600);

    private IntakeChoices _choices = IntakeChoices.Empty;
    private IntakeForm _form = new();
    private IntakeErrors _errors = IntakeErrors.None;
    private IReadOnlyList<CallerHistoryEntry> _history = [];
    private IReadOnlyList<PossibleDuplicate> _duplicates = [];
    private RouteProposal? _proposal;
    private SavedCase? _saved;
    private string? _failure;
    private bool _saving;
    private StaffUser? _user;
    private IntakeBrowser? _browser;
    private DotNetObjectReference<IntakePage>? _self;
    private string? _focusNext;

    // What each lookup last ran for, so that retyping the same value does not query again, and a token to drop stale answers.
    private string? _historyFor;
    private FindPossibleDuplicatesInput? _duplicatesFor;
    private (int?, int?, int?) _proposalFor;
    private CancellationTokenSource? _historyLookup;
    private CancellationTokenSource? _duplicatesLookup;
    private CancellationTokenSource? _proposalLookup;
    private CancellationTokenSource? _draftDelay;

    [Inject]
    private IStringLocalizer<IntakeResource> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseResource> CaseL { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> SharedL { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private LoadIntakeChoices LoadIntakeChoices { get; set; } = default!;

    [Inject]
    private FindCallerHistory FindCallerHistory { get; set; } = default!;

    [Inject]
    private FindPossibleDuplicates FindPossibleDuplicates { get; set; } = default!;

    [Inject]
    private ProposeRoute ProposeRoute { get; set; } = default!;

    [Inject]
    private RegisterCase RegisterCase { get; set; } = default!;

    [Inject]
    private OrganisationNames OrganisationNames { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ILogger<IntakePage> Logger { get; set; } = default!;

    private static string PhoneInputId => IntakeFields.InputId(IntakeFields.Phone);

    private bool PhoneRecognised => _historyFor is not null;

    private string DraftKey => "callcentre.intake.draft." + _user?.Id;

    protected override async Task OnInitializedAsync()
    {
        _user = await CurrentUser.GetAsync();
        _choices = _user is null ? IntakeChoices.Empty : await LoadIntakeChoices.RunAsync(_user.ToActor());
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _browser = new IntakeBrowser(JS);
            _self = DotNetObjectReference.Create(this);
            await _browser.RegisterShortcutsAsync(_self);
            await RestoreDraftAsync();
            _focusNext = PhoneInputId;
            StateHasChanged();
            return;
        }

        if (_focusNext is { } elementId && _browser is not null)
        {
            _focusNext = null;
            await _browser.FocusAsync(elementId);
        }
    }

    /// <summary>Called by IntakePage.razor.js for the page's keyboard shortcuts.</summary>
    [JSInvokable]
    public Task OnShortcut(string action) => InvokeAsync(async () =>
    {
        switch (action)
        {
            case "save":
                await SaveAsync();
                break;
            case "new":
                await NewCallAsync();
                break;
            case "phone":
                _focusNext = PhoneInputId;
                break;
            case "history" when _browser is not null:
                await _browser.FocusFirstInAsync("intake-history");
                break;
        }

        StateHasChanged();
    });

    private void OnChanged(string field)
    {
        _errors.Clear(field);
        _failure = null;
        switch (field)
        {
            case nameof(IntakeForm.IsAnonymous):
                _errors.Clear(IntakeFields.Phone);
                _errors.Clear(IntakeFields.CallerName);
                break;
            case IntakeFields.Type or nameof(IntakeForm.CloseAtFirstContact):
                _errors.Clear(IntakeFields.FirstContactAnswer);
                _errors.Clear(IntakeFields.OrganisationId);
                break;
            case IntakeFields.RegionId:
                _errors.Clear(IntakeFields.DistrictId);
                break;
            case IntakeFields.OrganisationId:
                _errors.Clear(IntakeFields.OverrideReason);
                break;
        }

        ScheduleDraftSave();

        // Not awaited: the field's own change handling finishes at once, and the lookups render when they answer.
        _ = RefreshLookupsInBackgroundAsync();
    }

    private async Task SaveAsync()
    {
        if (_saving || _user is null)
        {
            return;
        }

        _saving = true;
        _failure = null;
        try
        {
            var input = _form.ToInput();
            var result = await RegisterCase.RunAsync(input, _user.ToActor());
            if (!result.Succeeded)
            {
                _errors = new IntakeErrors(result.Errors, CaseL);
                _focusNext = _errors.FirstField is { } field ? IntakeFields.InputId(field) : null;
                return;
            }

            var organisation = result.Value!.AssignedOrganisationId is { } id ? await OrganisationNameAsync(id) : null;
            _saved = new SavedCase(result.Value.Reference, organisation, input.CloseAtFirstContact);
            Snackbar.Add(string.Format(L["Saved.Snackbar"], result.Value.Reference), Severity.Success);
            StartNextCall(_form.Channel);
            await ClearDraftAsync();
        }
        catch (DomainException e)
        {
            _failure = CaseL[e.MessageKey];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The operator is on the phone: say so and keep everything typed, rather than losing the page.
            Logger.LogError(e, "Registering a case from the intake page failed");
            _failure = L["Save.Failed"];
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task NewCallAsync()
    {
        var previous = _form;
        StartNextCall(_form.Channel);
        _saved = null;
        await ClearDraftAsync();
        if (!previous.IsBlank)
        {
            Snackbar.Add(L["NewCall.Cleared"].Value, Severity.Info, options =>
            {
                options.Action = L["NewCall.Undo"];
                options.OnClick = _ => InvokeAsync(() => UndoNewCallAsync(previous));
            });
        }
    }

    private async Task UndoNewCallAsync(IntakeForm previous)
    {
        _form = previous;
        _errors = IntakeErrors.None;
        ScheduleDraftSave();
        await RefreshLookupsAsync();
        _focusNext = PhoneInputId;
        StateHasChanged();
    }

    private void StartNextCall(Channel channel)
    {
        CancelDraftSave();
        _historyLookup?.Cancel();
        _duplicatesLookup?.Cancel();
        _proposalLookup?.Cancel();
        _form = IntakeForm.NextCall(channel);
        _errors = IntakeErrors.None;
        _failure = null;
        _history = [];
        _historyFor = null;
        _duplicates = [];
        _duplicatesFor = null;
        _proposal = null;
        _proposalFor = default;
        _focusNext = PhoneInputId;
    }

    private void ToggleFollowUp(CallerHistoryEntry entry)
    {
        var unlink = _form.FollowUpOfCaseId == entry.CaseId;
        _form.FollowUpOfCaseId = unlink ? null : entry.CaseId;
        _form.FollowUpReference = unlink ? null : entry.Reference;
        _errors.Clear(IntakeFields.FollowUpOfCaseId);
        ScheduleDraftSave();
    }

    private void UnlinkFollowUp()
    {
        _form.FollowUpOfCaseId = null;
        _form.FollowUpReference = null;
        _errors.Clear(IntakeFields.FollowUpOfCaseId);
        ScheduleDraftSave();
    }

    private async Task CopyReferenceAsync()
    {
        if (_saved is not null && _browser is not null)
        {
            await _browser.CopyAsync(_saved.Reference);
            Snackbar.Add(L["Saved.Copied"].Value, Severity.Info);
        }
    }

    private async Task<string?> OrganisationNameAsync(int id) =>
        _choices.Organisations.FirstOrDefault(o => o.Id == id)?.Name(CurrentLanguage.Value) ?? await OrganisationNames.GetAsync(id);

    public async ValueTask DisposeAsync()
    {
        CancelDraftSave();
        _historyLookup?.Cancel();
        _duplicatesLookup?.Cancel();
        _proposalLookup?.Cancel();
        _historyLookup?.Dispose();
        _duplicatesLookup?.Dispose();
        _proposalLookup?.Dispose();
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _self?.Dispose();
    }
}
