using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Accounts;

/// <summary>Which user, and whether they may now see callers' personal data unmasked.</summary>
public sealed record SetPersonalDataAccessInput(string UserId, bool Granted);

/// <summary>
/// An administrator grants an auditor the personal-data permission, or withdraws it. The change is a change of the
/// user, so the audit chain records it (<c>User.Changed</c>, MaySeePersonalData before and after) in the same save.
/// </summary>
public sealed class SetPersonalDataAccess(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public async Task<SaveResult<string>> RunAsync(SetPersonalDataAccessInput input, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsIn(Roles.Administrator))
        {
            return SaveResult<string>.Invalid(SaveResult.Form, "Users.PersonalData.NotAllowed");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Users.SingleOrDefaultAsync(u => u.Id == input.UserId, cancellationToken) is not { } user)
        {
            return SaveResult<string>.Invalid(SaveResult.Form, UserMessages.UserNotFound);
        }

        var isAuditor = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .AnyAsync(x => x.UserId == user.Id && x.Name == Roles.Auditor, cancellationToken);
        if (input.Granted && !isAuditor)
        {
            return SaveResult<string>.Invalid(SaveResult.Form, "Users.PersonalData.OnlyAuditors");
        }

        user.MaySeePersonalData = input.Granted;
        await db.SaveChangesAsync(cancellationToken);
        return SaveResult<string>.Saved(user.Id);
    }
}
