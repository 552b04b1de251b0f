using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Inbox;
using CallCentre.Domain.UseCases;
using CallCentre.Domain.Workflow;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Cases;
using CallCentre.Web.Features.Live;
using CallCentre.Web.Features.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace CallCentre.Web.Features.Inbox;

/// <summary>
/// The agency inbox: the organisation's (or the officer's own) open cases by what needs doing, each group with its count,
/// nearest deadline first, refreshed live when a case of the organisation changes. Group and scope stand in the address.
/// </summary>
public sealed partial class InboxPage : IDisposable
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private StaffUser? _user;
    private bool _canAssign;
    private MudDataGrid<InboxRow>? _grid;
    private InboxQuery _query = new();
    private InboxResult? _result;
    private DateTime _nowUtc;
    private string _gridKey = "";
    private string _liveMessage = "";
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;

    [Inject]
    private GetInbox Inbox { get; set; } = default!;

    [Inject]
    private LiveCaseChanges Live { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IOptions<InboxSettings> Settings { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<InboxResource> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseResource> C { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "group")]
    public string? Group { get; set; }

    [SupplyParameterFromQuery(Name = "scope")]
    public string? Scope { get; set; }

    private static Language Language => CurrentLanguage.Value;

    protected override async Task OnInitializedAsync()
    {
        var user = await CurrentUser.GetAsync();
        if (user is null)
        {
            return;
        }

        _canAssign = user.IsIn(Roles.AgencyHead);
        _refresh = new CoalescedRefresh(ReloadAsync);
        _subscription = await Live.SubscribeAsync(user.ToActor(), _ => InvokeAsync(_refresh.RequestAsync));
        _user = user;
    }

    protected override void OnParametersSet()
    {
        _query = InboxQuery.Parse(Group, Scope);
        _gridKey = $"{_query.Group}/{_query.Scope}";
    }

    public void Dispose() => _subscription?.Dispose();

    private async Task<GridData<InboxRow>> LoadAsync(GridState<InboxRow> state, CancellationToken cancellationToken)
    {
        if (_user is null)
        {
            return new GridData<InboxRow> { Items = [], TotalItems = 0 };
        }

        var input = new GetInboxInput
        {
            Group = _query.Group,
            Scope = _query.Scope,
            DueSoonDays = Settings.Value.DueSoonDays,
            Page = state.Page,
            PageSize = state.PageSize,
            Language = Language,
        };
        _result = await Inbox.RunAsync(input, _user.ToActor(), cancellationToken);
        _nowUtc = _result.NowUtc;
        return new GridData<InboxRow> { Items = _result.Rows, TotalItems = _result.CountOf(_query.Group) };
    }

    private async Task ReloadAsync()
    {
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
            _liveMessage = L["Live.Updated"];
            StateHasChanged();
        }
    }

    private async Task AssignAsync(InboxRow row)
    {
        if (_user is null)
        {
            return;
        }

        var parameters = new DialogParameters<AssignOfficerDialog>
        {
            { d => d.Row, row },
            { d => d.Actor, _user.ToActor() },
        };
        var title = string.Format(CultureInfo.CurrentCulture, L["Assign.Title"], row.Reference);
        var dialog = await Dialogs.ShowAsync<AssignOfficerDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is not { Canceled: false, Data: AssignOfficerOutcome outcome })
        {
            return;
        }

        switch (outcome.Outcome)
        {
            case CaseMoveOutcome.Done:
                Snackbar.Add(string.Format(CultureInfo.CurrentCulture, L["Assign.Done"], row.Reference, outcome.OfficerName), Severity.Success);
                break;
            case CaseMoveOutcome.Conflict:
                Snackbar.Add(L["Assign.Conflict"], Severity.Warning);
                break;
            default:
                Snackbar.Add(L["Assign.NotFound"], Severity.Warning);
                break;
        }

        if (_refresh is not null)
        {
            await _refresh.RequestAsync();
        }
    }

    private Task ChooseAsync(InboxQuery query)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query.ToQueryParameters()));
        return Task.CompletedTask;
    }

    private string Count(InboxGroup group) => _result is null ? "" : _result.CountOf(group).ToString(CultureInfo.CurrentCulture);

    private static Color GroupColor(InboxGroup group) => group switch
    {
        InboxGroup.Overdue => Color.Error,
        InboxGroup.DueSoon or InboxGroup.Reopened => Color.Warning,
        _ => Color.Primary,
    };
}
