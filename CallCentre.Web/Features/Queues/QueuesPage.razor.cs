using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Inbox;
using CallCentre.Domain.Queues;
using CallCentre.Domain.UseCases;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Cases;
using CallCentre.Web.Features.Inbox;
using CallCentre.Web.Features.Live;
using CallCentre.Web.Features.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace CallCentre.Web.Features.Queues;

/// <summary>
/// The supervisors' queues, each with its count, longest waiting first, refreshed live. Re-routing itself happens on the
/// case page, where the move's dialog lives; the queue links there. The queue stands in the address (<c>?queue=</c>).
/// </summary>
public sealed partial class QueuesPage : IDisposable
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private StaffUser? _user;
    private bool _canReroute;
    private MudDataGrid<QueueRow>? _grid;
    private QueueKind _queue;
    private QueueResult? _result;
    private DateTime _nowUtc;
    private string _liveMessage = "";
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;

    [Inject]
    private ListQueueCases Queues { get; set; } = default!;

    [Inject]
    private LiveCaseChanges Live { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IOptions<QueueSettings> Settings { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<QueuesResource> L { get; set; } = default!;

    [Inject]
    private IOptions<InboxSettings> InboxSettings { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseResource> C { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "queue")]
    public string? Queue { get; set; }

    private static Language Language => CurrentLanguage.Value;

    protected override async Task OnInitializedAsync()
    {
        var user = await CurrentUser.GetAsync();
        if (user is null)
        {
            return;
        }

        _canReroute = user.IsIn(Roles.Supervisor);
        _refresh = new CoalescedRefresh(ReloadAsync);
        _subscription = await Live.SubscribeAsync(user.ToActor(), _ => InvokeAsync(_refresh.RequestAsync));
        _user = user;
    }

    protected override void OnParametersSet() =>
        _queue = Enum.TryParse<QueueKind>(Queue, ignoreCase: true, out var queue) && Enum.IsDefined(queue) && !int.TryParse(Queue, out _)
            ? queue
            : QueueKind.Returned;

    public void Dispose() => _subscription?.Dispose();

    private async Task<GridData<QueueRow>> LoadAsync(GridState<QueueRow> state, CancellationToken cancellationToken)
    {
        if (_user is null)
        {
            return new GridData<QueueRow> { Items = [], TotalItems = 0 };
        }

        var input = new ListQueueCasesInput
        {
            Queue = _queue,
            ExtensionPendingHours = Settings.Value.ExtensionPendingHours,
            Page = state.Page,
            PageSize = state.PageSize,
            Language = Language,
        };
        _result = await Queues.RunAsync(input, _user.ToActor(), cancellationToken);
        _nowUtc = _result.NowUtc;
        return new GridData<QueueRow> { Items = _result.Rows, TotalItems = _result.CountOf(_queue) };
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

    private void Choose(QueueKind queue) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("queue", queue == QueueKind.Returned ? null : queue.ToString()));

    private string Count(QueueKind queue) => _result is null ? "" : _result.CountOf(queue).ToString(CultureInfo.CurrentCulture);

    private string Waiting(QueueRow row)
    {
        if (row.WaitingSinceUtc is not { } since)
        {
            return "";
        }

        var waited = _nowUtc - since;
        return waited.TotalDays >= 1
            ? string.Format(CultureInfo.CurrentCulture, L["Waiting.Days"], (int)waited.TotalDays)
            : string.Format(CultureInfo.CurrentCulture, L["Waiting.Hours"], Math.Max(0, (int)waited.TotalHours));
    }

    private string? Since(QueueRow row) =>
        row.WaitingSinceUtc is { } since ? string.Format(CultureInfo.CurrentCulture, L["Waiting.Since"], DeadlineText.Local(since)) : null;
}
