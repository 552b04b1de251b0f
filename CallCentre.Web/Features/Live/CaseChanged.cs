using CallCentre.Domain.Cases;

namespace CallCentre.Web.Features.Live;

/// <summary>
/// One case was added or changed and saved. <paramref name="PreviousOrganisationId"/> is the organisation it was assigned
/// to before this save when that differs (re-routed away); <paramref name="ChangedById"/> is who acted, when the save
/// recorded a timeline event, so that a page can tell its own user's change from someone else's.
/// </summary>
public sealed record CaseChanged(int CaseId, int? OrganisationId, int? PreviousOrganisationId, CaseStatus Status, DateTime ChangedAtUtc, string? ChangedById = null);
