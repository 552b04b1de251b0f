using CallCentre.Domain.Accounts;
using CallCentre.Domain.Deadlines;
using CallCentre.Web.Components;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Cases;
using CallCentre.Web.Features.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Admin.Sla;

/// <summary>
/// The administrators' SLA policies: the active versions by type, topic and priority, with their periods, reminders and
/// escalation levels; add, edit (a new version) and remove (retire; never the default).
/// </summary>
public sealed partial class SlaPage
{
    private SlaPolicyList? _list;

    [Inject]
    private IStringLocalizer<SlaResource> L { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SharedResource> SharedL { get; set; } = null!;

    [Inject]
    private IStringLocalizer<CaseResource> CaseL { get; set; } = null!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = null!;

    [Inject]
    private ListSlaPolicies ListPolicies { get; set; } = null!;

    [Inject]
    private RetireSlaPolicy RetirePolicy { get; set; } = null!;

    [Inject]
    private IDialogService DialogService { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        if (await CurrentUser.GetAsync() is { } user)
        {
            _list = await ListPolicies.RunAsync(new ListSlaPoliciesInput(CurrentLanguage.Value), user.ToActor());
        }
    }

    private string Describe(SlaPolicyRow policy) => string.Join(
        " / ",
        policy.Type is { } type ? CaseL["CaseType." + type] : L["Sla.Any"],
        policy.TopicName ?? L["Sla.Any"],
        policy.Priority is { } priority ? CaseL["Priority." + priority] : L["Sla.Any"]);

    private Task AddAsync() => OpenAsync(null, L["Sla.AddTitle"]);

    private Task EditAsync(SlaPolicyRow policy) => OpenAsync(policy, L["Sla.EditTitle", Describe(policy)]);

    private async Task OpenAsync(SlaPolicyRow? policy, string title)
    {
        if (_list is null || await CurrentUser.GetAsync() is not { } user)
        {
            return;
        }

        var parameters = new DialogParameters<SlaPolicyDialog>
        {
            { d => d.Policy, policy },
            { d => d.Topics, _list.Topics },
            { d => d.Actor, user.ToActor() },
        };
        var dialog = await DialogService.ShowAsync<SlaPolicyDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Sla.Saved"], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task RemoveAsync(SlaPolicyRow policy)
    {
        if (await CurrentUser.GetAsync() is not { } user)
        {
            return;
        }

        var confirmed = await DialogService.ShowMessageBoxAsync(
            L["Sla.Remove", Describe(policy)], L["Sla.RemoveConfirm", Describe(policy)], yesText: L["Sla.RemoveYes"], cancelText: L["Sla.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        var result = await RetirePolicy.RunAsync(new RetireSlaPolicyInput(policy.Id), user.ToActor());
        Snackbar.Add(result.Succeeded ? L["Sla.Removed"] : L[result.Errors.Values.First()], result.Succeeded ? Severity.Success : Severity.Error);
        await LoadAsync();
    }
}
