using System.Runtime.CompilerServices;
using CallCentre.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>The few columns of a case the summary reports count with.</summary>
public sealed record CaseFacts(
    int Id, DateTime RegisteredAtUtc, string RegisteredById, CaseType Type, int TopicId, int? RegionId, CaseStatus Status, int? OrganisationId,
    DateTime? AssignedAtUtc, DateTime? AcknowledgeByUtc, DateTime? AcknowledgedAtUtc, DateTime? RespondedAtUtc, DateTime? RespondByUtc, int ReopenCount, bool AnsweredAtFirstContact)
{
    /// <summary>Answered: responded to, or closed (an enquiry answered at first contact included).</summary>
    public bool IsAnswered => RespondedAtUtc is not null || Status is CaseStatus.Responded or CaseStatus.Closed;

    /// <summary>The cases registered in the request's period, a batch per query in id order.</summary>
    public static async IAsyncEnumerable<CaseFacts> StreamAsync(ReportContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var from = context.Request.FromUtc;
        var to = context.Request.ToUtc;
        var last = 0;
        while (true)
        {
            List<CaseFacts> batch;
            await using (var db = await context.DbFactory.CreateDbContextAsync(cancellationToken))
            {
                var after = last;
                batch = await context.Cases(db).Where(c => c.RegisteredAtUtc >= from && c.RegisteredAtUtc < to && c.Id > after)
                    .OrderBy(c => c.Id).Take(context.BatchSize * 4)
                    .Select(c => new CaseFacts(c.Id, c.RegisteredAtUtc, c.RegisteredById, c.Type, c.TopicId, c.RegionId, c.Status, c.AssignedOrganisationId,
                        c.AssignedAtUtc, c.AcknowledgeByUtc, c.AcknowledgedAtUtc, c.RespondedAtUtc, c.RespondByUtc, c.ReopenCount, c.FirstContactAnswer != null))
                    .ToListAsync(cancellationToken);
            }

            foreach (var row in batch)
            {
                yield return row;
            }

            if (batch.Count < context.BatchSize * 4)
            {
                yield break;
            }

            last = batch[^1].Id;
        }
    }
}
