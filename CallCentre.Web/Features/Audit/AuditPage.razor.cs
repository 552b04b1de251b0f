using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Calendar;
using CallCentre.Web.Components;
using CallCentre.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Audit;

/// <summary>The auditors' page: verifies the chain on demand, shows the last nightly verdict, and browses the log.</summary>
public sealed partial class AuditPage
{
    private MudTable<AuditEntryRow>? _table;
    private bool _verifying;
    private long _checked;
    private AuditVerification? _verification;
    private AuditCheckpointView? _lastCheckpoint;
    private DateTime? _from;
    private DateTime? _to;
    private string? _actor;
    private string? _action;
    private string? _subject;
    private string? _periodError;
    private ListAuditEntriesInput _query = new();

    [Inject]
    private IStringLocalizer<AuditResource> L { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SharedResource> SharedL { get; set; } = null!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = null!;

    [Inject]
    private VerifyAuditChain Verify { get; set; } = null!;

    [Inject]
    private ListAuditEntries ListEntries { get; set; } = null!;

    [Inject]
    private GetLastAuditCheckpoint LastCheckpoint { get; set; } = null!;

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected override async Task OnInitializedAsync() =>
        _lastCheckpoint = await CurrentUser.GetAsync() is { } user ? await LastCheckpoint.RunAsync(user.ToActor()) : null;

    private static string Local(DateTime utc) => UlaanbaatarTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private async Task VerifyAsync()
    {
        if (await CurrentUser.GetAsync() is not { } user)
        {
            return;
        }

        _verifying = true;
        _checked = 0;
        _verification = null;
        var progress = new Progress<long>(count =>
        {
            _checked = count;
            _ = InvokeAsync(StateHasChanged);
        });
        try
        {
            // Off the circuit's thread: hashing a long chain takes seconds, and the page should stay responsive.
            _verification = await Task.Run(() => Verify.RunAsync(new VerifyAuditChainInput(progress), user.ToActor()));
        }
        finally
        {
            _verifying = false;
        }
    }

    private async Task ApplyFiltersAsync()
    {
        _periodError = _from is not null && _to is not null && _to < _from ? L["Audit.Filter.PeriodInvalid"].Value : null;
        if (_periodError is not null || _table is null)
        {
            return;
        }

        _query = new ListAuditEntriesInput
        {
            FromUtc = _from is { } from ? UlaanbaatarTime.ToUtc(from.Date) : null,
            ToUtc = _to is { } to ? UlaanbaatarTime.ToUtc(to.Date.AddDays(1)) : null,
            Actor = _actor,
            Action = _action,
            Subject = _subject,
        };
        await _table.ReloadServerData();
    }

    private async Task<TableData<AuditEntryRow>> LoadAsync(TableState state, CancellationToken cancellationToken)
    {
        if (await CurrentUser.GetAsync() is not { } user)
        {
            return new TableData<AuditEntryRow> { Items = [], TotalItems = 0 };
        }

        var page = await ListEntries.RunAsync(_query with { PageIndex = state.Page, PageSize = state.PageSize }, user.ToActor(), cancellationToken);
        return new TableData<AuditEntryRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }
}
