using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Routing;
using CallCentre.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Domain.Audit;

public sealed class AdministrativeAuditTests
{
    [Fact]
    public async Task UserAdministration_IsAuditedForTheActingAdministrator_WithoutThePassword()
    {
        await using var harness = await UserAdministrationHarness.CreateAsync();
        var admin = await harness.AddUserAsync("admin@centre.mn", [Roles.Administrator]);
        var user = await harness.AddUserAsync("operator@centre.mn", [Roles.Operator]);
        AuditScope.Enter(new AuditScope(admin.Id, admin.DisplayName, "203.0.113.7"));
        try
        {
            Assert.True((await harness.Get<LockUser>().RunAsync(new LockUserInput(user.Id), UserAdministrationHarness.ActingAs(admin.Id))).Succeeded);
            Assert.True((await harness.Get<ResetPassword>().RunAsync(new ResetPasswordInput(user.Id, "another-long-password-1"), UserAdministrationHarness.AnAdministrator)).Succeeded);
        }
        finally
        {
            AuditScope.Enter(null);
        }

        await using var db = harness.Database.CreateDbContext();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.SubjectId == user.Id).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["User.Created", "User.RoleAdded"], entries.Take(2).Select(e => e.Action));
        Assert.Equal("{\"Role\":\"Operator\"}", entries[1].After);
        var changes = entries.Where(e => e.ActorId == admin.Id).ToList();
        Assert.All(changes, e => Assert.Equal(("User.Changed", "203.0.113.7"), (e.Action, e.ClientAddress)));
        Assert.Contains("\"LockoutEnd\":\"9999-12-31", changes[0].After, StringComparison.Ordinal);
        Assert.Equal(["{\"PasswordHash\":\"(set)\"}", "{\"PasswordHash\":null}"], changes.Skip(1).Select(e => e.Before));
        Assert.Equal("{\"PasswordHash\":\"(changed)\"}", changes[^1].After);
        Assert.DoesNotContain(entries, e => (e.After + e.Before).Contains(user.PasswordHash!, StringComparison.Ordinal));
        Assert.True((await new VerifyAuditChain(harness.Database).RunAsync(new VerifyAuditChainInput(), Actor.System)).IsIntact);
    }

    [Fact]
    public async Task RoutingRules_AreAuditedWhenCreatedChangedAndDeleted()
    {
        await using var database = await SeededDatabase.CreateAsync();
        var admin = await database.AddActorAsync(Roles.Administrator);
        AuditScope.Enter(new AuditScope(admin.UserId, admin.DisplayName, null));
        try
        {
            var input = new SaveRoutingRuleInput(null, await database.TopicIdAsync("UTIL-WATER"), await database.RegionIdAsync("MN-1"), await database.OrganisationIdAsync("CGO"));
            var saved = await new SaveRoutingRule(database.Database).RunAsync(input, admin);
            await new SaveRoutingRule(database.Database).RunAsync(input with { RuleId = saved.Value, OrganisationId = await database.OrganisationIdAsync("USUG") }, admin);
            await new DeleteRoutingRule(database.Database).RunAsync(new DeleteRoutingRuleInput(saved.Value), admin);
        }
        finally
        {
            AuditScope.Enter(null);
        }

        await using var db = database.CreateDbContext();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.SubjectType == "RoutingRule").OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["RoutingRule.Created", "RoutingRule.Changed", "RoutingRule.Deleted"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(admin.UserId, e.ActorId));
        Assert.Contains("OrganisationId", entries[1].Before, StringComparison.Ordinal);
    }
}
