using System.Runtime.CompilerServices;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Ratings;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>One rating as the satisfaction figures read it: what the citizen said, of which organisation's response, on which case.</summary>
public sealed record RatingFacts(
    int Id, int CaseId, string Reference, int TopicId, int OrganisationId, DateTime RespondedAtUtc, DateTime RatedAtUtc, int Score, ProblemSolved Solved,
    string? Comment, RatingSource Source, string RecordedBy, string? CallerName, string? CallerPhone, bool IsConfidential)
{
    /// <summary>
    /// The ratings recorded in the request's period, a batch per query in id order: of the organisations the request
    /// covers (by the organisation that responded), on cases the requester may see.
    /// </summary>
    public static async IAsyncEnumerable<RatingFacts> StreamAsync(ReportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = 0;
        while (true)
        {
            List<RatingFacts> batch;
            await using (var db = await context.DbFactory.CreateDbContextAsync(cancellationToken))
            {
                var after = last;
                batch = await (
                        from r in InPeriod(context, db).Where(r => r.Id > after)
                        join c in context.Visibility.Apply(db.Cases.AsNoTracking()) on r.CaseId equals c.Id
                        join e in db.CaseEvents.AsNoTracking() on r.ResponseEventId equals e.Id
                        orderby r.Id
                        select new RatingFacts(r.Id, c.Id, c.Reference, c.TopicId, r.OrganisationId, e.AtUtc, r.RatedAtUtc, r.Score, r.Solved,
                            r.Comment, r.Source, r.RecordedByName, c.Caller.Name, c.Caller.Phone, c.Caller.IsConfidential))
                    .Take(context.BatchSize).ToListAsync(cancellationToken);
            }

            foreach (var row in batch)
            {
                yield return row;
            }

            if (batch.Count < context.BatchSize)
            {
                yield break;
            }

            last = batch[^1].Id;
        }
    }

    /// <summary>The ratings recorded in the period of the organisations the request covers (not yet narrowed to visible cases).</summary>
    private static IQueryable<CaseRating> InPeriod(ReportContext context, CallCentreDbContext db)
    {
        var from = context.Request.FromUtc;
        var to = context.Request.ToUtc;
        var ratings = db.CaseRatings.AsNoTracking().Where(r => r.RatedAtUtc >= from && r.RatedAtUtc < to);
        if (context.Organisations is { } ids)
        {
            var list = ids.ToList();
            ratings = ratings.Where(r => list.Contains(r.OrganisationId));
        }

        if (!context.Visibility.SeesAll)
        {
            // An agency's figures are its own responses' ratings, never another organisation's on a case it now holds.
            var own = context.Visibility.OrganisationIds.ToList();
            ratings = ratings.Where(r => own.Contains(r.OrganisationId));
        }

        return ratings;
    }
}
