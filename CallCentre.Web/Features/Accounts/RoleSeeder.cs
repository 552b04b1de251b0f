using CallCentre.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace CallCentre.Web.Features.Accounts;

/// <summary>Makes sure the six roles exist.</summary>
internal sealed class RoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
