using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Inbox;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace CallCentre.Web.Features.Cases;

/// <summary>
/// Everything about one case for its viewer. A case that does not exist and one the viewer may not see look the same:
/// not found.
/// </summary>
public sealed partial class CasePage
{
    private CaseDetailsView? _case;
    private bool _loaded;
    private string _viewerName = "";
    private DateTime _openedAtUtc;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private GetCaseDetails Details { get; set; } = default!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IOptions<InboxSettings> InboxSettings { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CasePageResource> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CaseResource> C { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _loaded = false;
        await ReloadAsync();
        _loaded = true;
    }

    /// <summary>Reads the case again, as it is saved now (after a move, or when someone else changed it).</summary>
    private async Task ReloadAsync()
    {
        var user = await CurrentUser.GetAsync();
        var language = CurrentLanguage.Value;
        _case = user is null ? null : await Details.RunAsync(new GetCaseDetailsInput(Id, language), user.ToActor());
        _viewerName = user?.DisplayName ?? "";

        // Time left is measured when the case was read, so the header and the work section agree.
        _openedAtUtc = Clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>Shows what a move changed, from the move's own result; reads the case again when there is none.</summary>
    private async Task ShowMovedAsync(CaseProgressView? progress)
    {
        if (_case is null || progress is null)
        {
            await ReloadAsync();
            return;
        }

        _case = _case.With(progress);
        _openedAtUtc = Clock.GetUtcNow().UtcDateTime;
    }

    private async Task PrintAsync() => await JS.InvokeVoidAsync("print");

    internal static string LocalTime(DateTime utc) => UlaanbaatarTime.FromUtc(utc).ToString("g", CultureInfo.CurrentCulture);

    private static string Coordinates(double latitude, double longitude) =>
        string.Create(CultureInfo.InvariantCulture, $"{latitude:0.00000}, {longitude:0.00000}");

    private string Size(long bytes) => bytes switch
    {
        < 1024 => string.Format(CultureInfo.CurrentCulture, L["Size.Bytes"], bytes),
        < 1024 * 1024 => string.Format(CultureInfo.CurrentCulture, L["Size.KB"], bytes / 1024.0),
        _ => string.Format(CultureInfo.CurrentCulture, L["Size.MB"], bytes / (1024.0 * 1024.0)),
    };
}
