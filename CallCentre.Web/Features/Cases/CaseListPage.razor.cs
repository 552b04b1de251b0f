using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Inbox;
using CallCentre.Domain.UseCases;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Live;
using CallCentre.Web.Features.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace CallCentre.Web.Features.Cases;

/// <summary>
/// The case list: search box and filters kept in the address bar, rows paged and sorted by the database, only among the
/// cases the signed-in user may see. A change to a row on screen reloads the page of rows; other changes are announced
/// with a refresh button, so that rows do not move under the user's hand.
/// </summary>
public sealed partial class CaseListPage : IDisposable
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private StaffUser? _user;
    private CaseFilterChoices? _choices;
    private CaseListQuery _query = new();
    private SearchCasesResult? _result;
    private ScopeNote _scope;
    private string? _text;
    private string _gridKey = "";
    private bool _openExactMatch;
    private MudDataGrid<CaseListRow>? _grid;
    private IDisposable? _subscription;
    private CoalescedRefresh? _reloadRows;
    private bool _changedMeanwhile;
    private DateTime _nowUtc;

    private enum ScopeNote
    {
        None,
        Agency,
    }

    [Inject]
    private SearchCases Search { get; set; } = default!;

    [Inject]
    private ListCaseFilterChoices FilterChoices { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private LiveCaseChanges Live { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IOptions<InboxSettings> InboxSettings { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseListResource> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseResource> C { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "status")]
    public string? Status { get; set; }

    [SupplyParameterFromQuery(Name = "type")]
    public string? Type { get; set; }

    [SupplyParameterFromQuery(Name = "topic")]
    public int? Topic { get; set; }

    [SupplyParameterFromQuery(Name = "org")]
    public int? Org { get; set; }

    [SupplyParameterFromQuery(Name = "region")]
    public int? Region { get; set; }

    [SupplyParameterFromQuery(Name = "channel")]
    public string? ChannelName { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    [SupplyParameterFromQuery(Name = "deadline")]
    public string? DeadlineName { get; set; }

    [SupplyParameterFromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [SupplyParameterFromQuery(Name = "dir")]
    public string? Dir { get; set; }

    private static Language Language => CurrentLanguage.Value;

    private string CountText => _result is null ? ""
        : _result.TotalIsCapped ? string.Format(CultureInfo.CurrentCulture, L["CountCapped"], SearchCases.CountLimit)
        : string.Format(CultureInfo.CurrentCulture, L["Count"], _result.Total);

    protected override async Task OnInitializedAsync()
    {
        var user = await CurrentUser.GetAsync();
        if (user is null)
        {
            return;
        }

        var actor = user.ToActor();
        _scope = actor.IsAgencyStaff ? ScopeNote.Agency : ScopeNote.None;
        _choices = await FilterChoices.RunAsync(new ListCaseFilterChoicesInput(Language), actor);
        _reloadRows = new CoalescedRefresh(ReloadRowsAsync);
        _subscription = await Live.SubscribeAsync(actor, change => InvokeAsync(() => NoticeAsync(change)));
        _user = user;
    }

    public void Dispose() => _subscription?.Dispose();

    protected override void OnParametersSet()
    {
        _query = CaseListQuery.Parse(Q, Status, Type, Topic, Org, Region, ChannelName, From, To, Sort, Dir, DeadlineName);
        _text = _query.Text;

        // A new grid for a new query: it starts on the first page with the address's order. The grid's own sorting
        // writes the address too, and has already updated the key, so it is not rebuilt for that.
        _gridKey = KeyOf(_query);
        _changedMeanwhile = false;
    }

    private async Task<GridData<CaseListRow>> LoadAsync(GridState<CaseListRow> state, CancellationToken cancellationToken)
    {
        if (_user is null)
        {
            return new GridData<CaseListRow> { Items = [], TotalItems = 0 };
        }

        var sort = state.SortDefinitions.FirstOrDefault();
        var sorted = sort is null
            ? _query with { SortBy = CaseSort.RegisteredAt, Descending = true }
            : _query with { SortBy = SortOf(sort.SortBy), Descending = sort.Descending };
        if (sorted != _query)
        {
            _query = sorted;
            _gridKey = KeyOf(sorted);
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(sorted.ToQueryParameters()), replace: true);
        }

        _nowUtc = Clock.GetUtcNow().UtcDateTime;
        _result = await Search.RunAsync(sorted.ToInput(state.Page, state.PageSize, Language, InboxSettings.Value.DueSoonDays), _user.ToActor(), cancellationToken);
        if (_openExactMatch && _result.ExactMatchId is { } caseId)
        {
            Navigation.NavigateTo($"/cases/{caseId}");
        }

        _openExactMatch = false;
        return new GridData<CaseListRow> { Items = _result.Rows, TotalItems = _result.Total };
    }

    private async Task NoticeAsync(CaseChanged change)
    {
        if (_result?.Rows.Any(r => r.Id == change.CaseId) == true && _reloadRows is not null)
        {
            await _reloadRows.RequestAsync();
            return;
        }

        _changedMeanwhile = true;
        StateHasChanged();
    }

    private async Task ReloadRowsAsync()
    {
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task RefreshAsync()
    {
        _changedMeanwhile = false;
        await ReloadRowsAsync();
    }

    private Task SearchAsync()
    {
        _openExactMatch = true;
        return FilterAsync(_query with { Text = string.IsNullOrWhiteSpace(_text) ? null : _text.Trim() });
    }

    private Task ClearSearchAsync() => FilterAsync(_query with { Text = null });

    private Task ClearAllAsync() => FilterAsync(new CaseListQuery { SortBy = _query.SortBy, Descending = _query.Descending });

    private Task FilterAsync(CaseListQuery query)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query.ToQueryParameters()));
        return Task.CompletedTask;
    }

    private SortDirection InitialDirection(CaseSort column) =>
        _query.SortBy != column ? SortDirection.None : _query.Descending ? SortDirection.Descending : SortDirection.Ascending;

    private static CaseSort SortOf(string column) => column switch
    {
        nameof(CaseListRow.Reference) => CaseSort.Reference,
        nameof(CaseListRow.Status) => CaseSort.Status,
        nameof(CaseListRow.Type) => CaseSort.Type,
        nameof(CaseListRow.Organisation) => CaseSort.Organisation,
        nameof(CaseListRow.RespondByUtc) => CaseSort.RespondBy,
        _ => CaseSort.RegisteredAt,
    };

    private static string KeyOf(CaseListQuery query) => string.Join('&', query.ToQueryParameters().Select(p => $"{p.Key}={p.Value}"));

    private string TopicName(int? id) => _choices?.Topics.FirstOrDefault(t => t.Id == id)?.Name ?? "";

    private string OrganisationName(int? id) => _choices?.Organisations.FirstOrDefault(o => o.Id == id)?.Name ?? "";

    private string RegionName(int? id) => _choices?.Regions.FirstOrDefault(r => r.Id == id)?.Name ?? "";

    private static string LocalTime(DateTime utc) => UlaanbaatarTime.FromUtc(utc).ToString("g", CultureInfo.CurrentCulture);

    private static string LocalDate(DateTime utc) => UlaanbaatarTime.FromUtc(utc).ToString("d", CultureInfo.CurrentCulture);

    // The district says more than the capital it lies in; the region alone when no district was given.
    private static string Place(CaseListRow row) => row.District ?? row.Region ?? "";

    private static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? ToDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}
