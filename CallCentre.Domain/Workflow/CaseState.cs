using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>The case as it stands now: enough for a user whose move met a conflict to see what changed.</summary>
public sealed record CaseState(CaseStatus Status, Guid ConcurrencyStamp, IReadOnlyList<CaseTimelineEntry> RecentEvents);
