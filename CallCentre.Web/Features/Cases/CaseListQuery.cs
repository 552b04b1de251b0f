using System.Globalization;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Inbox;
using CallCentre.Domain.UseCases;

namespace CallCentre.Web.Features.Cases;

/// <summary>
/// The case list's search, filters and order as they stand in the address bar, so that a view can be bookmarked and
/// shared: read from the query string and written back to it with the same names.
/// </summary>
public sealed record CaseListQuery
{
    public const string DateFormat = "yyyy-MM-dd";

    public string? Text { get; init; }
    public CaseStatus? Status { get; init; }
    public CaseType? Type { get; init; }
    public int? TopicId { get; init; }
    public int? OrganisationId { get; init; }
    public int? RegionId { get; init; }
    public Channel? Channel { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public DeadlineFilter? Deadline { get; init; }
    public CaseSort SortBy { get; init; } = CaseSort.RegisteredAt;
    public bool Descending { get; init; } = true;

    public bool HasFilters => Status is not null || Type is not null || TopicId is not null || OrganisationId is not null
        || RegionId is not null || Channel is not null || From is not null || To is not null || Deadline is not null;

    /// <summary>Reads the query string's values; anything unreadable is ignored, as if absent.</summary>
    public static CaseListQuery Parse(string? q, string? status, string? type, int? topic, int? org, int? region, string? channel, string? from, string? to, string? sort, string? dir, string? deadline = null) => new()
    {
        Text = string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
        Status = ParseEnum<CaseStatus>(status),
        Type = ParseEnum<CaseType>(type),
        TopicId = topic,
        OrganisationId = org,
        RegionId = region,
        Channel = ParseEnum<Channel>(channel),
        From = ParseDate(from),
        To = ParseDate(to),
        Deadline = ParseEnum<DeadlineFilter>(deadline),
        SortBy = ParseEnum<CaseSort>(sort) ?? CaseSort.RegisteredAt,
        Descending = !string.Equals(dir, "asc", StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>The query string's values; defaults are left out so that addresses stay short.</summary>
    public IReadOnlyDictionary<string, object?> ToQueryParameters() => new Dictionary<string, object?>
    {
        ["q"] = Text,
        ["status"] = Status?.ToString(),
        ["type"] = Type?.ToString(),
        ["topic"] = TopicId,
        ["org"] = OrganisationId,
        ["region"] = RegionId,
        ["channel"] = Channel?.ToString(),
        ["from"] = From?.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["to"] = To?.ToString(DateFormat, CultureInfo.InvariantCulture),
        ["deadline"] = Deadline?.ToString(),
        ["sort"] = SortBy == CaseSort.RegisteredAt ? null : SortBy.ToString(),
        ["dir"] = Descending ? null : "asc",
    };

    public SearchCasesInput ToInput(int page, int pageSize, Language language, int dueSoonDays = InboxSettings.DefaultDueSoonDays) => new()
    {
        Text = Text,
        Status = Status,
        Type = Type,
        TopicId = TopicId,
        OrganisationId = OrganisationId,
        RegionId = RegionId,
        Channel = Channel,
        From = From,
        To = To,
        Deadline = Deadline,
        DueSoonDays = dueSoonDays,
        SortBy = SortBy,
        Descending = Descending,
        Page = page,
        PageSize = pageSize,
        Language = language,
    };

    private static T? ParseEnum<T>(string? text) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _) ? value : null;

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
