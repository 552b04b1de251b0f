using CallCentre.Domain.Accounts;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>What the reports page asks for: a report, a period of Ulaanbaatar dates (both inclusive), an optional organisation.</summary>
public sealed record RequestReportInput(ReportKind Kind, DateOnly From, DateOnly To, int? OrganisationId, Language Language);

/// <summary>
/// Checks a request and records it, then queues it for a worker. A refusal throws a <see cref="DomainException"/>
/// (<c>Report.*</c>) before anything is stored or queued. An agency head's request is always for their own organisation.
/// </summary>
public sealed class RequestReport(IDbContextFactory<CallCentreDbContext> dbFactory, IReportScheduler queue, ReportSettings settings, TimeProvider clock)
{
    public async Task<int> RunAsync(RequestReportInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(input.Kind) || !ReportAccess.MayRun(actor, input.Kind))
        {
            throw new DomainException("Report.NotAllowed");
        }

        if (input.To < input.From)
        {
            throw new DomainException("Report.PeriodEndsBeforeStart");
        }

        if (input.To.DayNumber - input.From.DayNumber + 1 > settings.MaxPeriodDays)
        {
            throw new DomainException("Report.PeriodTooLong", settings.MaxPeriodDays);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisationId = input.OrganisationId;
        if (ReportAccess.IsAgencyHead(actor))
        {
            if (organisationId is { } chosen && chosen != actor.OrganisationId)
            {
                var own = await OrganisationTree.SelfAndDescendantsAsync(db, actor.OrganisationId!.Value, cancellationToken);
                if (!own.Contains(chosen))
                {
                    throw new DomainException("Report.OtherOrganisation");
                }
            }

            organisationId ??= actor.OrganisationId;
        }
        else if (organisationId is { } id && !await db.Organisations.AnyAsync(o => o.Id == id, cancellationToken))
        {
            throw new DomainException("Report.UnknownOrganisation");
        }

        var language = input.Language.Code;
        var request = new ReportRequest(input.Kind, input.From, input.To, organisationId, language, actor.UserId, actor.DisplayName, clock.GetUtcNow().UtcDateTime);
        db.ReportRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);

        db.Audit(AuditRecord.Event("Report.Requested", "Report", request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditOutcome.Succeeded,
            [new("Kind", input.Kind.ToString()), new("From", input.From.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
             new("To", input.To.ToString("O", System.Globalization.CultureInfo.InvariantCulture)), new("OrganisationId", organisationId)]).By(actor));
        await db.SaveChangesAsync(cancellationToken);

        queue.Enqueue(request.Id);
        return request.Id;
    }
}
