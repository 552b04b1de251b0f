using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;

namespace CallCentre.Domain.Reports;

/// <summary>One case as the case register and the overdue report print it.</summary>
public sealed record CaseRegisterRow(
    int Id, string Reference, DateTime RegisteredAtUtc, CaseType Type, int TopicId, int? RegionId, int? DistrictId, Channel Channel,
    Priority Priority, CaseStatus Status, int? OrganisationId, string? OfficerId, DateTime? RespondByUtc, DateTime? AcknowledgedAtUtc,
    DateTime? RespondedAtUtc, Resolution? Resolution, int ReopenCount, string Description, string? CallerName, string? CallerPhone,
    bool IsConfidential)
{
    /// <summary>Overdue by the rule of every list (<see cref="DeadlineStates"/>): the clock runs and the respond-by has passed.</summary>
    public bool IsOverdue(DateTime nowUtc) => DeadlineStates.ClockRuns(Status) && RespondByUtc < nowUtc;
}
