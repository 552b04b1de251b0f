using System.Linq.Expressions;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Inbox;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Cases;

/// <summary>What a case list asks for: the search box, the filters, the order and the page.</summary>
public sealed record SearchCasesInput
{
    public string? Text { get; init; }
    public CaseStatus? Status { get; init; }
    public CaseType? Type { get; init; }

    /// <summary>A topic of either level; a first-level topic takes in its sub-topics.</summary>
    public int? TopicId { get; init; }

    /// <summary>An organisation and its units.</summary>
    public int? OrganisationId { get; init; }

    /// <summary>An aimag or the capital, or one district or soum.</summary>
    public int? RegionId { get; init; }

    public Channel? Channel { get; init; }

    /// <summary>First day registered, inclusive, in Ulaanbaatar.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day registered, inclusive, in Ulaanbaatar.</summary>
    public DateOnly? To { get; init; }

    /// <summary>At risk or overdue (<see cref="DeadlineStates"/>).</summary>
    public DeadlineFilter? Deadline { get; init; }

    /// <summary>How near the deadline counts as at risk (<c>Inbox:DueSoonDays</c>).</summary>
    public int DueSoonDays { get; init; } = InboxSettings.DefaultDueSoonDays;

    public CaseSort SortBy { get; init; } = CaseSort.RegisteredAt;
    public bool Descending { get; init; } = true;

    /// <summary>Zero-based.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 25;

    /// <summary>The language of the names in the rows.</summary>
    public Language Language { get; init; }
}

/// <summary>One row of a case list.</summary>
public sealed record CaseListRow(
    int Id,
    string Reference,
    DateTime RegisteredAtUtc,
    CaseStatus Status,
    CaseType Type,
    Channel Channel,
    Priority Priority,
    string Subject,
    string Topic,
    string? Organisation,
    string? Region,
    string? District,
    DateTime? RespondByUtc = null);

/// <summary>
/// A page of rows and how many cases match in all (counted up to <see cref="SearchCases.CountLimit"/>). When the text was
/// a full reference number of a case the actor may see, <see cref="ExactMatchId"/> is that case.
/// </summary>
public sealed record SearchCasesResult(IReadOnlyList<CaseListRow> Rows, int Total, bool TotalIsCapped, CaseSearchKind Kind, int? ExactMatchId);

/// <summary>
/// Finds cases for a list: only among those the actor may see (<see cref="CaseVisibility"/>), by reference, phone or
/// words, filtered, ordered and paged in the database.
/// </summary>
public sealed class SearchCases(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider? clock = null)
{
    /// <summary>Counting stops here: an exact count of a million rows costs more than the page, and nobody pages that far.</summary>
    public const int CountLimit = 10_000;

    public const int MaxPageSize = 100;

    /// <summary>Where a word counts as common (see <see cref="CaseTextSearch.DefaultCommonKeyEntries"/>); tests lower it.</summary>
    internal int CommonKeyEntries { get; init; } = CaseTextSearch.DefaultCommonKeyEntries;

    public async Task<SearchCasesResult> RunAsync(SearchCasesInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visibility = await CaseVisibility.ForAsync(db, actor, cancellationToken);
        var inRegistrationOrderOnly = !HasFilters(input) && input.SortBy == CaseSort.RegisteredAt;
        var (kind, cases) = await CaseTextSearch.ApplyAsync(db, visibility, input.Text, inRegistrationOrderOnly, CommonKeyEntries, cancellationToken);
        cases = await ApplyFiltersAsync(db, cases, input, (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime, cancellationToken);

        // One word over every case and nothing else to check: count in the word index alone, without reading the cases.
        var keys = kind == CaseSearchKind.Words ? SearchKeys.ForQuery(input.Text) : [];
        var counted = visibility.SeesAll && keys.Count == 1 && !HasFilters(input)
            ? await CaseTextSearch.MatchingCaseIds(db, keys[0]).Distinct().Take(CountLimit + 1).CountAsync(cancellationToken)
            : await cases.Take(CountLimit + 1).CountAsync(cancellationToken);
        var pageSize = Math.Clamp(input.PageSize, 1, MaxPageSize);
        var mongolian = input.Language.IsMongolian;
        var rows = await Order(db, cases, input.SortBy, input.Descending, input.Language)
            .Skip(Math.Max(input.Page, 0) * pageSize)
            .Take(pageSize)
            .Select(c => new CaseListRow(
                c.Id,
                c.Reference,
                c.RegisteredAtUtc,
                c.Status,
                c.Type,
                c.Channel,
                c.Priority,
                c.Subject,
                db.Topics.Where(t => t.Id == c.TopicId).Select(t => mongolian ? t.NameMn : t.NameEn).First(),
                db.Organisations.Where(o => o.Id == c.AssignedOrganisationId).Select(o => mongolian ? o.NameMn : o.NameEn).FirstOrDefault(),
                db.Regions.Where(r => r.Id == c.RegionId).Select(r => mongolian ? r.NameMn : r.NameEn).FirstOrDefault(),
                db.Regions.Where(r => r.Id == c.DistrictId).Select(r => mongolian ? r.NameMn : r.NameEn).FirstOrDefault(),
                c.RespondByUtc))
            .ToListAsync(cancellationToken);

        var exact = kind == CaseSearchKind.Reference && rows.Count == 1 && ReferenceNumber.TryParse(input.Text, out _) ? rows[0].Id : (int?)null;
        return new SearchCasesResult(rows, Math.Min(counted, CountLimit), counted > CountLimit, kind, exact);
    }

    private static bool HasFilters(SearchCasesInput input) =>
        input.Status is not null || input.Type is not null || input.TopicId is not null || input.OrganisationId is not null
        || input.RegionId is not null || input.Channel is not null || input.From is not null || input.To is not null || input.Deadline is not null;

    private static async Task<IQueryable<Case>> ApplyFiltersAsync(CallCentreDbContext db, IQueryable<Case> cases, SearchCasesInput input, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (input.Deadline is { } deadline)
        {
            cases = cases.Where(deadline == DeadlineFilter.Overdue
                ? DeadlineStates.Overdue(nowUtc)
                : DeadlineStates.AtRisk(nowUtc, Math.Clamp(input.DueSoonDays, 1, 30)));
        }

        if (input.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (input.Type is { } type)
        {
            cases = cases.Where(c => c.Type == type);
        }

        if (input.Channel is { } channel)
        {
            cases = cases.Where(c => c.Channel == channel);
        }

        if (input.TopicId is { } topicId)
        {
            var topicIds = await db.Topics.AsNoTracking().Where(t => t.Id == topicId || t.ParentId == topicId).Select(t => t.Id).ToListAsync(cancellationToken);
            cases = cases.Where(c => topicIds.Contains(c.TopicId));
        }

        if (input.OrganisationId is { } organisationId)
        {
            var organisationIds = (await OrganisationTree.SelfAndDescendantsAsync(db, organisationId, cancellationToken)).Select(id => (int?)id).ToList();
            cases = cases.Where(c => organisationIds.Contains(c.AssignedOrganisationId));
        }

        if (input.RegionId is { } regionId)
        {
            // A case's region is always an aimag or the capital and its district one of theirs (RegisterCase checks it),
            // so one column answers; "region or district" would make the database merge two index ranges and sort them.
            var isDistrict = await db.Regions.AnyAsync(r => r.Id == regionId && r.ParentId != null, cancellationToken);
            cases = isDistrict ? cases.Where(c => c.DistrictId == regionId) : cases.Where(c => c.RegionId == regionId);
        }

        if (input.From is { } from)
        {
            var fromUtc = UlaanbaatarTime.ToUtc(from.ToDateTime(TimeOnly.MinValue));
            cases = cases.Where(c => c.RegisteredAtUtc >= fromUtc);
        }

        if (input.To is { } to)
        {
            var beforeUtc = UlaanbaatarTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            cases = cases.Where(c => c.RegisteredAtUtc < beforeUtc);
        }

        return cases;
    }

    private static IQueryable<Case> Order(CallCentreDbContext db, IQueryable<Case> cases, CaseSort sortBy, bool descending, Language language)
    {
        var mongolian = language.IsMongolian;
        IOrderedQueryable<Case> ordered = sortBy switch
        {
            CaseSort.Reference => By(cases, c => c.Reference, descending),
            CaseSort.Status => By(cases, StatusRank, descending),
            CaseSort.Type => By(cases, TypeRank, descending),
            CaseSort.Organisation => mongolian
                ? By(cases, c => db.Organisations.Where(o => o.Id == c.AssignedOrganisationId).Select(o => o.NameMn).FirstOrDefault(), descending)
                : By(cases, c => db.Organisations.Where(o => o.Id == c.AssignedOrganisationId).Select(o => o.NameEn).FirstOrDefault(), descending),
            CaseSort.RespondBy => By(cases, c => c.RespondByUtc, descending),
            // Ids are given in registration order (RegisterCase numbers cases one at a time under the year's counter),
            // and every index ends with the id: ordering by it lets the database stop after one page.
            _ => By(cases, c => c.Id, descending),
        };

        // Ties fall back to the newest first, so that pages never overlap.
        return sortBy == CaseSort.RegisteredAt ? ordered : ordered.ThenByDescending(c => c.Id);
    }

    private static IOrderedQueryable<Case> By<TKey>(IQueryable<Case> cases, Expression<Func<Case, TKey>> key, bool descending) =>
        descending ? cases.OrderByDescending(key) : cases.OrderBy(key);

    // Statuses and types are stored as their names; ordering follows the lifecycle and the 11-11 list, not the alphabet.
    private static readonly Expression<Func<Case, int>> StatusRank = c =>
        c.Status == CaseStatus.Registered ? 0
        : c.Status == CaseStatus.Assigned ? 1
        : c.Status == CaseStatus.InProgress ? 2
        : c.Status == CaseStatus.AwaitingCitizen ? 3
        : c.Status == CaseStatus.Returned ? 4
        : c.Status == CaseStatus.Responded ? 5
        : 6;

    private static readonly Expression<Func<Case, int>> TypeRank = c =>
        c.Type == CaseType.Complaint ? 0
        : c.Type == CaseType.Request ? 1
        : c.Type == CaseType.Suggestion ? 2
        : c.Type == CaseType.Criticism ? 3
        : c.Type == CaseType.Information ? 4
        : c.Type == CaseType.Appreciation ? 5
        : 6;
}
