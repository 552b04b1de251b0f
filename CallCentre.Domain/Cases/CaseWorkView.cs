namespace CallCentre.Domain.Cases;

/// <summary>
/// Where the organisation's work on a case stands, and the moves the viewer may take now (the page offers only those);
/// <see cref="ConcurrencyStamp"/> is the version the viewer's moves are checked against.
/// </summary>
public sealed record CaseWorkView(
    Guid ConcurrencyStamp,
    IReadOnlyList<CaseAction> AvailableActions,
    DateTime? RespondByUtc,
    DateTime? AcknowledgedAtUtc,
    DateTime? RespondedAtUtc,
    string? ResponseText,
    Resolution? Resolution,
    string? ReturnReason,
    int ReopenCount,
    CaseLink? DuplicateOf,
    ExtensionState ExtensionState,
    DateTime? ExtensionRequestedUntilUtc,
    string? ExtensionReason,
    int? AssignedOrganisationId,
    DateTime? AcknowledgeByUtc = null,
    DateTime? ClockPausedAtUtc = null);
