using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Support;

/// <summary>Takes a case through a move of its own, as a use case would: load, act with the actor's visibility, save.</summary>
public static class CaseActing
{
    public static async Task ActAsync(this SeededDatabase database, int caseId, Actor actor, TimeProvider clock, Action<Case, CaseVisibility, DateTime> act)
    {
        await using var db = database.CreateDbContext();
        var visibility = await CaseVisibility.ForAsync(db, actor);
        var @case = await db.Cases.Include(c => c.Events).SingleAsync(c => c.Id == caseId);
        act(@case, visibility, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }
}
