using System.Globalization;
using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Reports;
using CallCentre.Web.Components;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Reports;

/// <summary>
/// Request a report and follow it: the list refreshes every two seconds while one of them is being written, and
/// offers the file when it is ready. A refused request says why and keeps what was chosen.
/// </summary>
public sealed partial class ReportsPage : IDisposable
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _closing = new();
    private Actor? _actor;
    private IReadOnlyList<ReportKind> _kinds = [];
    private IReadOnlyList<OrganisationChoice> _organisations = [];
    private IReadOnlyList<ReportRequestRow> _requests = [];
    private ReportKind _kind;
    private DateTime? _from;
    private DateTime? _to;
    private int? _organisationId;
    private bool _ownOrganisationOnly;
    private bool _requesting;
    private string? _fromError;
    private string? _toError;
    private string? _error;
    private Timer? _timer;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private RequestReport Request { get; set; } = default!;

    [Inject]
    private ListReportRequests List { get; set; } = default!;

    [Inject]
    private ListOrganisationChoices Organisations { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ReportResource> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> SharedL { get; set; } = default!;

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected override async Task OnInitializedAsync()
    {
        _actor = (await CurrentUser.GetAsync())?.ToActor();
        if (_actor is null)
        {
            return;
        }

        _kinds = ReportAccess.KindsFor(_actor);
        _kind = _kinds.Count > 0 ? _kinds[0] : default;
        _ownOrganisationOnly = ReportAccess.IsAgencyHead(_actor);
        if (!_ownOrganisationOnly)
        {
            _organisations = [.. (await Organisations.RunAsync(_actor)).Where(o => o.IsActive)];
        }

        var today = UlaanbaatarTime.Today(Clock);
        var firstOfMonth = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        _from = firstOfMonth.AddMonths(-1);
        _to = firstOfMonth.AddDays(-1);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (_actor is null)
        {
            return;
        }

        _requests = await List.RunAsync(_actor, _closing.Token);
        var running = _requests.Any(r => r.Status is ReportStatus.Queued or ReportStatus.Running);
        if (running && _timer is null)
        {
            _timer = new Timer(_ => _ = InvokeAsync(RefreshAsync), null, RefreshEvery, RefreshEvery);
        }
        else if (!running && _timer is not null)
        {
            await _timer.DisposeAsync();
            _timer = null;
        }
    }

    private async Task RefreshAsync()
    {
        if (_closing.IsCancellationRequested)
        {
            return;
        }

        await LoadAsync();
        StateHasChanged();
    }

    private async Task RequestAsync()
    {
        _error = null;
        _fromError = _from is null ? L["Reports.DateRequired"].Value : null;
        _toError = _to is null ? L["Reports.DateRequired"].Value : null;
        if (_actor is null || _from is not { } from || _to is not { } to)
        {
            return;
        }

        _requesting = true;
        try
        {
            var organisation = _ownOrganisationOnly || _kind == ReportKind.AuditLog ? null : _organisationId;
            var input = new RequestReportInput(_kind, DateOnly.FromDateTime(from), DateOnly.FromDateTime(to), organisation, CurrentLanguage.Value);
            await Request.RunAsync(input, _actor, _closing.Token);
            // Normal, not Success: the theme's success snackbar fails axe's colour contrast (white on the brand green).
            Snackbar.Add(L["Reports.Requested"], Severity.Normal);
            await LoadAsync();
        }
        catch (DomainException ex)
        {
            _error = L[ex.MessageKey, [.. ex.Arguments]].Value;
            if (ex.MessageKey == "Report.PeriodEndsBeforeStart")
            {
                _toError = _error;
            }
        }
        finally
        {
            _requesting = false;
        }
    }

    private static double Percent(ReportRequestRow request) =>
        request.RowsTotal <= 0 ? 0 : Math.Min(100, 100.0 * request.RowsWritten / request.RowsTotal);

    // A failure shows a localized message; an unexpected one only its correlation id, never the exception's text.
    private string ErrorText(string? error) => error switch
    {
        null => "",
        _ when error.StartsWith(GenerateReport.UnexpectedFailure, StringComparison.Ordinal) => L["Report.Unexpected", error[GenerateReport.UnexpectedFailure.Length..]].Value,
        _ when error.StartsWith("Report.", StringComparison.Ordinal) => L[error].Value,
        _ => L["Report.Unexpected", "—"].Value,
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Local(DateTime utc) => UlaanbaatarTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? (bytes / 1024d / 1024d).ToString("0.0", Culture) + " MB" : (bytes / 1024d).ToString("0", Culture) + " KB";

    public void Dispose()
    {
        _closing.Cancel();
        _timer?.Dispose();
        _closing.Dispose();
    }
}
