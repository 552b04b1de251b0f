using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CallCentre.Tests.Support;

/// <summary>Staff with their Identity role recorded, and cases moved along their lifecycle through the real use case.</summary>
public static class WorkflowSeeding
{
    /// <summary>Like <see cref="SeededDatabase.AddActorAsync"/>, and the role is stored too (officer pickers read it).</summary>
    public static async Task<Actor> AddStaffAsync(this SeededDatabase database, string role, string? organisationCode = null)
    {
        var actor = await database.AddActorAsync(role, organisationCode);
        await using var db = database.CreateDbContext();
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync();
        if (roleId is null)
        {
            var created = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.Roles.Add(created);
            roleId = created.Id;
        }

        db.UserRoles.Add(new IdentityUserRole<string> { UserId = actor.UserId, RoleId = roleId });
        await db.SaveChangesAsync();
        return actor;
    }

    /// <summary>Runs a move with the case's current stamp, as a user with the case freshly open would, and asserts it was saved.</summary>
    public static async Task<CaseMoveResult> MoveAsync(this SeededDatabase database, FakeTimeProvider clock, Actor actor, CaseMove move)
    {
        var result = await database.TryMoveAsync(clock, actor, move with { ExpectedStamp = await database.StampAsync(move.CaseId) });
        Assert.True(result.Succeeded, $"{result.Outcome} {result.RefusalKey} {string.Join(", ", result.Errors)}");
        return result;
    }

    public static Task<CaseMoveResult> TryMoveAsync(this SeededDatabase database, FakeTimeProvider clock, Actor actor, CaseMove move) =>
        new ActOnCase(database.Database, clock).RunAsync(new ActOnCaseInput(move), actor);

    public static async Task<Guid> StampAsync(this SeededDatabase database, int caseId)
    {
        await using var db = database.CreateDbContext();
        return await db.Cases.Where(c => c.Id == caseId).Select(c => c.ConcurrencyStamp).SingleAsync();
    }

    public static async Task<Case> LoadCaseAsync(this SeededDatabase database, int caseId)
    {
        await using var db = database.CreateDbContext();
        return await db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Id == caseId);
    }
}
