using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Routing;
using CallCentre.Web.Components;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Cases;
using CallCentre.Web.Features.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Admin.Routing;

/// <summary>The administrators' routing rules: a grid to add, edit and delete them, and a preview of what the router proposes.</summary>
public sealed partial class RoutingPage
{
    private IReadOnlyList<RoutingRuleRow>? _rules;
    private RoutingChoices? _choices;
    private string? _search;
    private RoutingChoice? _previewTopic;
    private RoutingChoice? _previewPlace;
    private string? _previewTopicError;
    private RoutePreview? _preview;
    private bool _previewShown;

    [Inject]
    private IStringLocalizer<RoutingResource> L { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SharedResource> SharedL { get; set; } = null!;

    [Inject]
    private IStringLocalizer<CaseResource> CaseL { get; set; } = null!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = null!;

    [Inject]
    private ListRoutingRules ListRules { get; set; } = null!;

    [Inject]
    private ListRoutingChoices ListChoices { get; set; } = null!;

    [Inject]
    private PreviewRoute PreviewRoute { get; set; } = null!;

    [Inject]
    private DeleteRoutingRule DeleteRule { get; set; } = null!;

    [Inject]
    private IDialogService DialogService { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        if (await CurrentUser.GetAsync() is not { } user)
        {
            return;
        }

        _choices = await ListChoices.RunAsync(new ListRoutingChoicesInput(CurrentLanguage.Value), user.ToActor());
        await LoadRulesAsync();
    }

    private async Task LoadRulesAsync()
    {
        if (await CurrentUser.GetAsync() is { } user)
        {
            _rules = await ListRules.RunAsync(new ListRoutingRulesInput(CurrentLanguage.Value), user.ToActor());
        }
    }

    private bool MatchesSearch(RoutingRuleRow row) =>
        string.IsNullOrWhiteSpace(_search)
        || Contains(row.TopicName, _search) || Contains(row.PlaceName ?? L["Routing.AnyPlace"], _search) || Contains(row.OrganisationName, _search);

    private Task AddAsync() => OpenDialogAsync(null, L["Routing.AddTitle"]);

    private Task EditAsync(RoutingRuleRow row) => OpenDialogAsync(row, L["Routing.EditTitle"]);

    private async Task OpenDialogAsync(RoutingRuleRow? row, string title)
    {
        if (_choices is null || await CurrentUser.GetAsync() is not { } user)
        {
            return;
        }

        var parameters = new DialogParameters<RoutingRuleDialog>
        {
            { d => d.Rule, row },
            { d => d.Choices, _choices },
            { d => d.Actor, user.ToActor() },
        };
        var dialog = await DialogService.ShowAsync<RoutingRuleDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            Snackbar.Add(L["Routing.Saved"], Severity.Success);
            await LoadRulesAsync();
        }
    }

    private async Task DeleteAsync(RoutingRuleRow row)
    {
        if (await CurrentUser.GetAsync() is not { } user)
        {
            return;
        }

        var confirmed = await DialogService.ShowMessageBoxAsync(
            L["Routing.DeleteTitle"],
            L["Routing.DeleteConfirm", row.TopicName, row.PlaceName ?? L["Routing.AnyPlace"], row.OrganisationName],
            yesText: L["Routing.DeleteTitle"],
            cancelText: L["Routing.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        try
        {
            var removed = await DeleteRule.RunAsync(new DeleteRoutingRuleInput(row.Id), user.ToActor());
            Snackbar.Add(removed ? L["Routing.Deleted"] : L["Routing.AlreadyDeleted"], removed ? Severity.Success : Severity.Info);
        }
        catch (DomainException ex)
        {
            Snackbar.Add(L[ex.MessageKey], Severity.Error);
        }

        await LoadRulesAsync();
    }

    private void OnPreviewTopicChanged(RoutingChoice? topic)
    {
        _previewTopic = topic;
        _previewTopicError = null;
        _previewShown = false;
    }

    private async Task PreviewAsync()
    {
        if (_previewTopic is null)
        {
            _previewTopicError = L["Routing.TopicRequired"];
            _previewShown = false;
            return;
        }

        _preview = await CurrentUser.GetAsync() is { } user
            ? await PreviewRoute.RunAsync(new PreviewRouteInput(_previewTopic.Id, _previewPlace?.Id, CurrentLanguage.Value), user.ToActor())
            : null;
        _previewShown = true;
    }

    private Task<IEnumerable<RoutingChoice>> SearchTopicsAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(Filter(_choices?.Topics, text));

    private Task<IEnumerable<RoutingChoice>> SearchPlacesAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(Filter(_choices?.Places, text));

    internal static IEnumerable<RoutingChoice> Filter(IReadOnlyList<RoutingChoice>? choices, string? text) =>
        string.IsNullOrWhiteSpace(text) ? choices ?? [] : (choices ?? []).Where(c => Contains(c.Name, text));

    private static bool Contains(string value, string text) => value.Contains(text.Trim(), StringComparison.CurrentCultureIgnoreCase);
}
