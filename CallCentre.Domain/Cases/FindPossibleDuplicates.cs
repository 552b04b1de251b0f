using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Cases;

/// <summary>What the operator has typed so far that a duplicate could share: the caller's phone, the topic and the place.</summary>
public sealed record FindPossibleDuplicatesInput(string? Phone, int? TopicId, int? RegionId, int? DistrictId);

/// <summary>A recent case that may be about the same matter; <see cref="SameCaller"/> and <see cref="SameTopicAndPlace"/> say why.</summary>
public sealed record PossibleDuplicate(
    int CaseId,
    string Reference,
    DateTime RegisteredAtUtc,
    CaseType Type,
    CaseStatus Status,
    string Subject,
    bool SameCaller,
    bool SameTopicAndPlace);

/// <summary>
/// Recent cases (the last <see cref="WindowDays"/> days) from the same phone, or on the same topic in the same district
/// (or, without a district, the same aimag or capital). A warning for the operator, never a reason to refuse a case.
/// </summary>
public sealed class FindPossibleDuplicates(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    public const int WindowDays = 7;
    public const int MaxEntries = 10;

    public async Task<IReadOnlyList<PossibleDuplicate>> RunAsync(FindPossibleDuplicatesInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInAny(CaseTransitions.RegisterRoles))
        {
            throw new DomainException("Case.NotAllowedForRole");
        }

        var phone = PhoneNumber.TryParse(input.Phone, out var number) ? number.E164 : null;
        var topicId = input.TopicId;
        int? districtId = topicId is null ? null : input.DistrictId;
        int? regionId = topicId is null || districtId is not null ? null : input.RegionId;
        var byPlace = districtId is not null || regionId is not null;
        if (phone is null && !byPlace)
        {
            return [];
        }

        var since = clock.GetUtcNow().UtcDateTime.AddDays(-WindowDays);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking()
            .Where(c => c.RegisteredAtUtc >= since)
            .Where(c => (phone != null && c.Caller.Phone == phone)
                || (byPlace && c.TopicId == topicId && (districtId != null ? c.DistrictId == districtId : c.RegionId == regionId)))
            .OrderByDescending(c => c.RegisteredAtUtc).ThenByDescending(c => c.Id)
            .Take(MaxEntries)
            .Select(c => new PossibleDuplicate(
                c.Id,
                c.Reference,
                c.RegisteredAtUtc,
                c.Type,
                c.Status,
                c.Subject,
                phone != null && c.Caller.Phone == phone,
                byPlace && c.TopicId == topicId && (districtId != null ? c.DistrictId == districtId : c.RegionId == regionId)))
            .ToListAsync(cancellationToken);
    }
}
