using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.Cases;

/// <summary>
/// Tells the viewer of a case that someone else changed it meanwhile, and offers to reload; it never reloads by itself,
/// so that nothing the viewer is typing is lost. The viewer's own changes do not count.
/// </summary>
public sealed partial class CaseLiveBanner : IDisposable
{
    private IDisposable? _subscription;
    private string? _viewerId;
    private bool _changed;

    [Parameter]
    [EditorRequired]
    public int CaseId { get; set; }

    /// <summary>Reloads the case on the page.</summary>
    [Parameter]
    public EventCallback OnReload { get; set; }

    [Inject]
    private LiveCaseChanges Live { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CasePageResource> L { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (await CurrentUser.GetAsync() is not { } user)
        {
            return;
        }

        _viewerId = user.Id;
        _subscription = await Live.SubscribeAsync(user.ToActor(), change => InvokeAsync(() => Notice(change)));
    }

    public void Dispose() => _subscription?.Dispose();

    private void Notice(CaseChanged change)
    {
        if (change.CaseId != CaseId || change.ChangedById == _viewerId)
        {
            return;
        }

        _changed = true;
        StateHasChanged();
    }

    private async Task ReloadAsync()
    {
        _changed = false;
        await OnReload.InvokeAsync();
    }
}
