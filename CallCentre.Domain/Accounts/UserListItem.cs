using CallCentre.Domain.UseCases;

namespace CallCentre.Domain.Accounts;

/// <summary>One row of the user list: who, which roles (in <see cref="Roles.All"/> order), which organisation, and the account's state.</summary>
public sealed record UserListItem(
    string Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    int? OrganisationId,
    string? OrganisationNameMn,
    string? OrganisationNameEn,
    bool IsLockedOut,
    bool TwoFactorEnabled,
    DateTime CreatedAtUtc)
{
    /// <summary>Whether an administrator granted this user (an auditor) the personal-data permission.</summary>
    public bool MaySeePersonalData { get; init; }

    public string? OrganisationName(Language language) => language.Pick(OrganisationNameMn, OrganisationNameEn);
}
