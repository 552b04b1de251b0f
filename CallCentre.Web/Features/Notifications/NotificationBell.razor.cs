using System.Globalization;
using CallCentre.Domain.Notifications;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.Notifications;

/// <summary>
/// The bell in the app bar of every page: the signed-in user's unread count and latest notifications, refreshed live
/// when one arrives for them (or is read in another tab); choosing one marks it read and opens its case.
/// </summary>
public sealed partial class NotificationBell : IDisposable
{
    /// <summary>How many of the latest notifications the menu lists; the rest are on /notifications.</summary>
    public const int Latest = 8;

    private StaffUser? _user;
    private NotificationPage? _page;
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;
    private string _liveMessage = "";
    private bool _open;

    [Inject]
    private GetNotifications Notifications { get; set; } = default!;

    [Inject]
    private MarkNotificationsRead MarkRead { get; set; } = default!;

    [Inject]
    private INotificationFeed Feed { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private NotificationText Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<NotificationResource> L { get; set; } = default!;

    private int Unread => _page?.Unread ?? 0;

    private string BellLabel => Unread == 0 ? L["Bell.Label"] : string.Format(CultureInfo.CurrentCulture, L["Bell.LabelUnread"], Unread);

    protected override async Task OnInitializedAsync()
    {
        var user = await CurrentUser.GetAsync();
        if (user is null)
        {
            return;
        }

        _user = user;
        if (RendererInfo.IsInteractive)
        {
            _refresh = new CoalescedRefresh(ReloadAsync);
            _subscription = Feed.Subscribe(user.Id, change => InvokeAsync(() => OnChangedAsync(change)));
        }

        await LoadAsync();
    }

    public void Dispose() => _subscription?.Dispose();

    private async Task OnChangedAsync(NotificationChanged change)
    {
        if (change.IsNew)
        {
            _liveMessage = L["Page.Live"];
        }

        if (_refresh is not null)
        {
            await _refresh.RequestAsync();
        }
    }

    private async Task LoadAsync()
    {
        if (_user is not null)
        {
            _page = await Notifications.RunAsync(new GetNotificationsInput { PageSize = Latest }, _user.ToActor());
        }
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private void Toggle() => _open = !_open;

    private void OnPanelKeyDown(Microsoft.AspNetCore.Components.Web.KeyboardEventArgs e)
    {
        if (e.Key == "Escape")
        {
            _open = false;
        }
    }

    private async Task OpenAsync(NotificationRow row)
    {
        if (_user is null)
        {
            return;
        }

        _open = false;

        await MarkRead.RunAsync(new MarkNotificationsReadInput(row.Id), _user.ToActor());
        Navigation.NavigateTo(NotificationText.Link(row.Kind, row.CaseId));
    }

    private async Task MarkAllReadAsync()
    {
        if (_user is not null)
        {
            await MarkRead.RunAsync(new MarkNotificationsReadInput(null), _user.ToActor());
            await LoadAsync();
        }
    }
}
