using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Cases;

/// <summary>One of a caller's earlier cases as the intake screen lists it.</summary>
public sealed record CallerHistoryEntry(
    int CaseId,
    string Reference,
    DateTime RegisteredAtUtc,
    CaseType Type,
    CaseStatus Status,
    string Subject,
    int? OrganisationId,
    string? OrganisationNameMn,
    string? OrganisationNameEn)
{
    public string? OrganisationName(Language language) => language.Pick(OrganisationNameMn, OrganisationNameEn);
}

/// <summary>The phone the caller is calling from, however it was typed.</summary>
public sealed record FindCallerHistoryInput(string? Phone);

/// <summary>A caller's earlier cases, newest first, found by phone however the number was typed.</summary>
public sealed class FindCallerHistory(IDbContextFactory<CallCentreDbContext> dbFactory)
{
    public const int MaxEntries = 10;

    /// <summary>Empty when the phone does not parse; only call-centre staff may look callers up.</summary>
    public async Task<IReadOnlyList<CallerHistoryEntry>> RunAsync(FindCallerHistoryInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInAny(CaseTransitions.RegisterRoles))
        {
            throw new DomainException("Case.NotAllowedForRole");
        }

        if (!PhoneNumber.TryParse(input.Phone, out var number))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking()
            .Where(c => c.Caller.Phone == number.E164)
            .OrderByDescending(c => c.RegisteredAtUtc).ThenByDescending(c => c.Id)
            .Take(MaxEntries)
            .Select(c => new CallerHistoryEntry(
                c.Id,
                c.Reference,
                c.RegisteredAtUtc,
                c.Type,
                c.Status,
                c.Subject,
                c.AssignedOrganisationId,
                db.Organisations.Where(o => o.Id == c.AssignedOrganisationId).Select(o => o.NameMn).FirstOrDefault(),
                db.Organisations.Where(o => o.Id == c.AssignedOrganisationId).Select(o => o.NameEn).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }
}
