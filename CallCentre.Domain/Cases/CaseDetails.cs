namespace CallCentre.Domain.Cases;

/// <summary>What an operator records about a contact, already parsed into domain values.</summary>
public sealed record CaseDetails(
    Channel Channel,
    CaseType Type,
    int TopicId,
    string Subject,
    string Description,
    int? RegionId,
    int? DistrictId,
    string? Address,
    double? Latitude,
    double? Longitude,
    Caller Caller,
    Priority Priority,
    int? FollowUpOfCaseId);
