using CallCentre.Domain.UseCases;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Accounts;

/// <summary>One page of the user list: search in name and e-mail, optional role and organisation filters, sorting.</summary>
public sealed record ListUsersInput(
    string? Search = null,
    string? Role = null,
    int? OrganisationId = null,
    UserSortColumn SortBy = UserSortColumn.DisplayName,
    bool Descending = false,
    int Page = 0,
    int PageSize = 25);

/// <summary>Lists staff accounts for the administration page, one page at a time, filtered and sorted in the database.</summary>
public sealed class ListUsers(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<Page<UserListItem>> RunAsync(ListUsersInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Search))
        {
            var pattern = "%" + EscapeLike(input.Search.Trim()) + "%";
            var upperPattern = pattern.ToUpperInvariant();
            users = users.Where(u => EF.Functions.Like(u.DisplayName, pattern, "\\")
                || EF.Functions.Like(u.NormalizedEmail!, upperPattern, "\\"));
        }

        if (!string.IsNullOrEmpty(input.Role))
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
                && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == input.Role)));
        }

        if (input.OrganisationId is { } organisationId)
        {
            users = users.Where(u => u.OrganisationId == organisationId);
        }

        var total = await users.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(input.PageSize, 1, MaxPageSize);
        var rows = await Sort(users, input.SortBy, input.Descending)
            .Skip(Math.Max(input.Page, 0) * pageSize)
            .Take(pageSize)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.OrganisationId,
                OrganisationNameMn = u.Organisation == null ? null : u.Organisation.NameMn,
                OrganisationNameEn = u.Organisation == null ? null : u.Organisation.NameEn,
                u.LockoutEnd,
                u.TwoFactorEnabled,
                u.CreatedAtUtc,
                u.MaySeePersonalData,
            })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var roles = (await db.UserRoles.AsNoTracking()
                .Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.UserId, x => x.Name!);

        var now = clock.GetUtcNow();
        var items = rows.Select(r => new UserListItem(
                r.Id,
                r.Email ?? "",
                r.DisplayName,
                Roles.All.Where(roles[r.Id].Contains).ToList(),
                r.OrganisationId,
                r.OrganisationNameMn,
                r.OrganisationNameEn,
                r.LockoutEnd is { } end && end > now,
                r.TwoFactorEnabled,
                r.CreatedAtUtc)
            {
                MaySeePersonalData = r.MaySeePersonalData,
            })
            .ToList();
        return new Page<UserListItem>(items, total);
    }

    private static IQueryable<ApplicationUser> Sort(IQueryable<ApplicationUser> users, UserSortColumn column, bool descending) =>
        (column, descending) switch
        {
            (UserSortColumn.Email, false) => users.OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id),
            (UserSortColumn.Email, true) => users.OrderByDescending(u => u.NormalizedEmail).ThenBy(u => u.Id),
            (UserSortColumn.CreatedAt, false) => users.OrderBy(u => u.CreatedAtUtc).ThenBy(u => u.Id),
            (UserSortColumn.CreatedAt, true) => users.OrderByDescending(u => u.CreatedAtUtc).ThenBy(u => u.Id),
            (_, false) => users.OrderBy(u => u.DisplayName).ThenBy(u => u.Id),
            (_, true) => users.OrderByDescending(u => u.DisplayName).ThenBy(u => u.Id),
        };

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
