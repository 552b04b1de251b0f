namespace CallCentre.Domain.Accounts;

/// <summary>The columns the user list can be sorted by.</summary>
public enum UserSortColumn
{
    DisplayName,
    Email,
    CreatedAt,
}
