using CallCentre.Domain.Accounts;
using CallCentre.Domain.Routing;
using Microsoft.AspNetCore.Components;

namespace CallCentre.Web.Features.Admin.Routing;

/// <summary>Adds or edits one routing rule; the use case's messages appear at the field they concern.</summary>
public sealed partial class RoutingRuleDialog : AdminFormDialog<RoutingResource>
{
    private RoutingChoice? _topic;
    private RoutingChoice? _place;
    private RoutingChoice? _organisation;

    /// <summary>The rule to edit; null adds a new one.</summary>
    [Parameter]
    public RoutingRuleRow? Rule { get; set; }

    [Parameter]
    [EditorRequired]
    public RoutingChoices Choices { get; set; } = null!;




    [Inject]
    private SaveRoutingRule SaveRule { get; set; } = null!;

    protected override void OnInitialized()
    {
        if (Rule is { } rule)
        {
            // A rule may name a topic or organisation no longer offered (made inactive); it still shows as it is.
            _topic = Choices.Topics.FirstOrDefault(c => c.Id == rule.TopicId) ?? new RoutingChoice(rule.TopicId, rule.TopicName);
            _place = rule.PlaceId is { } placeId ? Choices.Places.FirstOrDefault(c => c.Id == placeId) ?? new RoutingChoice(placeId, rule.PlaceName ?? "") : null;
            _organisation = Choices.Organisations.FirstOrDefault(c => c.Id == rule.OrganisationId) ?? new RoutingChoice(rule.OrganisationId, rule.OrganisationName);
        }
    }

    private Task SaveAsync() => SaveAndCloseAsync(() => SaveRule.RunAsync(new SaveRoutingRuleInput(Rule?.Id, _topic?.Id, _place?.Id, _organisation?.Id), Actor), nameof(SaveRoutingRuleInput.RuleId));

    private Task<IEnumerable<RoutingChoice>> SearchTopicsAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(RoutingPage.Filter(Choices.Topics, text));

    private Task<IEnumerable<RoutingChoice>> SearchPlacesAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(RoutingPage.Filter(Choices.Places, text));

    private Task<IEnumerable<RoutingChoice>> SearchOrganisationsAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(RoutingPage.Filter(Choices.Organisations, text));
}
