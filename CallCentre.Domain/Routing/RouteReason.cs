namespace CallCentre.Domain.Routing;

/// <summary>Why the router proposed an organisation; shown to the operator beside the proposal.</summary>
public enum RouteReason
{
    RuleForDistrict,
    RuleForRegion,
    RuleForTopic,
    LocalGovernor,
    TopicDefault,
}
