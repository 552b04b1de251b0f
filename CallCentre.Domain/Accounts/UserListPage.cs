namespace CallCentre.Domain.Accounts;

/// <summary>A page of <see cref="UserListItem"/>s and how many users match the filters in all.</summary>
public sealed record UserListPage(IReadOnlyList<UserListItem> Items, int TotalCount);
