using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Reports;

/// <summary>One case as the case register and the overdue report print it.</summary>
public sealed record CaseRegisterRow(
    int Id, string Reference, DateTime RegisteredAtUtc, CaseType Type, int TopicId, int? RegionId, int? DistrictId, Channel Channel,
    Priority Priority, CaseStatus Status, int? OrganisationId, string? OfficerId, DateTime? RespondByUtc, DateTime? AcknowledgedAtUtc,
    DateTime? RespondedAtUtc, Resolution? Resolution, int ReopenCount, string Description, string? CallerName, string? CallerPhone,
    bool IsConfidential)
{
    public static bool IsOpen(CaseStatus status) => status is CaseStatus.Assigned or CaseStatus.InProgress or CaseStatus.AwaitingCitizen;

    public bool IsOverdue(DateTime nowUtc) => IsOpen(Status) && RespondByUtc < nowUtc;
}
