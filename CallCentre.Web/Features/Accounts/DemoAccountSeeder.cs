using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Web.Features.Accounts;

/// <summary>Creates the missing demo accounts in Development; an existing account is left as it is.</summary>
internal sealed class DemoAccountSeeder(UserManager<ApplicationUser> users, CallCentreDbContext db, TimeProvider clock, ILogger<DemoAccountSeeder> logger)
{
    public async Task SeedAsync()
    {
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Code, o => o.Id);
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            var user = new ApplicationUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                OrganisationId = account.OrganisationCode is null ? null : organisations.GetValueOrDefault(account.OrganisationCode),
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                IsDemoAccount = true,
            };
            var created = await users.CreateAsync(user, DemoAccounts.Password);
            if (created.Succeeded)
            {
                await users.AddToRoleAsync(user, account.Role);
            }
            else
            {
                logger.LogWarning("Demo account {Email} not created: {Errors}", account.Email, string.Join("; ", created.Errors.Select(e => e.Description)));
            }
        }
    }
}
