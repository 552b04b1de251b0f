using CallCentre.Domain.Notifications;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Notifications;

/// <summary>All of the signed-in user's notifications, newest first and paged; opening or marking one marks it read; live.</summary>
public sealed partial class NotificationsPage : IDisposable
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private StaffUser? _user;
    private MudDataGrid<NotificationRow>? _grid;
    private int _unread;
    private string _liveMessage = "";
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;

    [Inject]
    private GetNotifications Notifications { get; set; } = default!;

    [Inject]
    private MarkNotificationsRead MarkRead { get; set; } = default!;

    [Inject]
    private INotificationFeed Feed { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private NotificationText Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<NotificationResource> L { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var user = await CurrentUser.GetAsync();
        if (user is null)
        {
            return;
        }

        _refresh = new CoalescedRefresh(ReloadAsync);
        _subscription = Feed.Subscribe(user.Id, change => InvokeAsync(async () =>
        {
            if (change.IsNew)
            {
                _liveMessage = L["Page.Live"];
            }

            await _refresh.RequestAsync();
        }));
        _user = user;
    }

    public void Dispose() => _subscription?.Dispose();

    private async Task<GridData<NotificationRow>> LoadAsync(GridState<NotificationRow> state, CancellationToken cancellationToken)
    {
        if (_user is null)
        {
            return new GridData<NotificationRow> { Items = [], TotalItems = 0 };
        }

        var page = await Notifications.RunAsync(new GetNotificationsInput { Page = state.Page, PageSize = state.PageSize }, _user.ToActor(), cancellationToken);
        _unread = page.Unread;
        return new GridData<NotificationRow> { Items = page.Rows, TotalItems = page.Total };
    }

    private async Task ReloadAsync()
    {
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
            StateHasChanged();
        }
    }

    private async Task OpenAsync(NotificationRow row)
    {
        if (_user is not null && !row.IsRead)
        {
            await MarkRead.RunAsync(new MarkNotificationsReadInput(row.Id), _user.ToActor());
        }
    }

    private async Task MarkReadAsync(NotificationRow row)
    {
        if (_user is not null)
        {
            await MarkRead.RunAsync(new MarkNotificationsReadInput(row.Id), _user.ToActor());
            await ReloadAsync();
        }
    }

    private async Task MarkAllReadAsync()
    {
        if (_user is not null)
        {
            await MarkRead.RunAsync(new MarkNotificationsReadInput(null), _user.ToActor());
            await ReloadAsync();
        }
    }
}
