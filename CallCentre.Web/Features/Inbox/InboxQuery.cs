using CallCentre.Domain.Inbox;

namespace CallCentre.Web.Features.Inbox;

/// <summary>The inbox's group and scope as they stand in the address bar, so that a view can be bookmarked.</summary>
public sealed record InboxQuery
{
    public InboxGroup Group { get; init; } = InboxGroup.ToAcknowledge;
    public InboxScope Scope { get; init; } = InboxScope.Organisation;

    /// <summary>Reads the query string's values; anything unreadable is ignored, as if absent.</summary>
    public static InboxQuery Parse(string? group, string? scope) => new()
    {
        Group = ParseEnum<InboxGroup>(group) ?? InboxGroup.ToAcknowledge,
        Scope = ParseEnum<InboxScope>(scope) ?? InboxScope.Organisation,
    };

    /// <summary>The query string's values; defaults are left out so that addresses stay short.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        ["group"] = Group == InboxGroup.ToAcknowledge ? null : Group.ToString(),
        ["scope"] = Scope == InboxScope.Organisation ? null : Scope.ToString(),
    };

    private static T? ParseEnum<T>(string? text) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _) ? value : null;
}
