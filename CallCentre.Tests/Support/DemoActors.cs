using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Support;

/// <summary>A demo account as the use cases see it, its roles read from the database of the app under test.</summary>
public static class DemoActors
{
    public static async Task<Actor> ForAsync(IServiceProvider services, string email)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CallCentreDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
        return new Actor(user.Id, user.DisplayName, roles.ToHashSet(), user.OrganisationId);
    }
}
