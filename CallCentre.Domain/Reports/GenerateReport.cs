using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCentre.Domain.Reports;

/// <summary>The queued request to write.</summary>
public sealed record GenerateReportInput(int RequestId);

/// <summary>
/// The background job's work: writes one requested report to the reports folder, recording its progress every few
/// thousand rows, and marks it done or failed. The requester's rights are read again now (not trusted from the
/// request): a user who lost the role gets a failed request, not a file. Cancelled (shutdown) it stays running, and the
/// restart queues it again.
/// </summary>
public sealed class GenerateReport(
    IDbContextFactory<CallCentreDbContext> dbFactory, IReportLabelsFactory labelsFactory, ReportSettings settings, TimeProvider clock, ILogger<GenerateReport>? logger = null)
{
    public async Task<ReportStatus> RunAsync(GenerateReportInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var requestId = input.RequestId;
        ReportRequest? request;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            request = await db.ReportRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            if (request is null || !request.IsUnfinished)
            {
                return request?.Status ?? ReportStatus.Failed;
            }

            request.Start(0, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        Directory.CreateDirectory(settings.Folder);
        var fileName = $"report-{requestId}-{request.Kind}-{clock.GetUtcNow().UtcDateTime:yyyyMMddHHmmss}.xlsx";
        var path = Path.Combine(settings.Folder, fileName);
        var partial = path + ".partial";
        try
        {
            var rows = await WriteAsync(request, partial, cancellationToken);
            File.Move(partial, path, overwrite: true);
            await UpdateAsync(requestId, r => r.Complete(fileName, new FileInfo(path).Length, rows, clock.GetUtcNow().UtcDateTime, settings.RetentionDays), cancellationToken);
            return ReportStatus.Done;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            File.Delete(partial);
            throw;
        }
#pragma warning disable CA1031 // Any failure is the request's, recorded for the requester to see; the job must not retry it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            File.Delete(partial);
            // The requester sees a message key, never the exception's text: an unexpected failure is logged with a
            // correlation id, and only the id is shown, so that an administrator can find it in the log.
            string message;
            if (ex is DomainException domain)
            {
                message = domain.MessageKey;
            }
            else
            {
                var correlationId = Guid.NewGuid().ToString("N")[..12];
                logger?.LogError(ex, "Report {RequestId} failed; correlation id {CorrelationId}", requestId, correlationId);
                message = UnexpectedFailure + correlationId;
            }

            await UpdateAsync(requestId, r => r.Fail(message, clock.GetUtcNow().UtcDateTime), CancellationToken.None);
            return ReportStatus.Failed;
        }
    }

    /// <summary>The start of a failed request's message when the failure was unexpected; the correlation id follows.</summary>
    public const string UnexpectedFailure = "Report.Unexpected:";

    private async Task<long> WriteAsync(ReportRequest request, string path, CancellationToken cancellationToken)
    {
        var labels = labelsFactory.For(Language.FromCode(request.Language));
        ReportContext context;
        CoverFacts cover;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var actor = await RequesterAsync(db, request, cancellationToken);
            if (!ReportAccess.MayRun(actor, request.Kind))
            {
                throw new DomainException("Report.NotAllowed");
            }

            var visibility = await CaseVisibility.ForAsync(db, actor, cancellationToken);
            var organisations = request.OrganisationId is { } id ? await OrganisationTree.SelfAndDescendantsAsync(db, id, cancellationToken) : null;
            var now = clock.GetUtcNow().UtcDateTime;
            var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
            context = new ReportContext
            {
                Request = request,
                Actor = actor,
                Visibility = visibility,
                Organisations = organisations,
                Labels = labels,
                DbFactory = dbFactory,
                NowUtc = now,
                Names = await ReportNames.LoadAsync(db, labels.Language, cancellationToken),
            };
            cover = new CoverFacts(
                labels.Get("Kind." + request.Kind),
                context.Names.Organisation(request.OrganisationId) ?? labels.Get("Cover.AllOrganisations"),
                request.RequestedByName,
                now,
                head?.Sequence,
                head?.Hash);
        }

        using var workbook = new ReportWorkbook();
        var total = request.Kind switch
        {
            ReportKind.CaseRegister => await CaseRegisterReport.BuildAsync(context, workbook, cancellationToken),
            ReportKind.AuditLog => await AuditLogReport.BuildAsync(context, workbook, cancellationToken),
            ReportKind.OverdueCases => await OverdueCasesReport.BuildAsync(context, workbook, cancellationToken),
            ReportKind.OperatorActivity => await OperatorActivityReport.BuildAsync(context, workbook, cancellationToken),
            ReportKind.MonthlyReport => await MonthlyReport.BuildAsync(context, workbook, cancellationToken),
            ReportKind.OrganisationPerformance => await OrganisationPerformanceReport.BuildAsync(context, workbook, cancellationToken),
            ReportKind.Satisfaction => await SatisfactionReport.BuildAsync(context, workbook, cancellationToken),
            _ => throw new DomainException("Report.NotAllowed"),
        };
        CoverSheet.Write(workbook, context, cover);
        await UpdateAsync(request.Id, r => r.Start(total, r.StartedAtUtc ?? context.NowUtc), cancellationToken);

        var written = await workbook.SaveAsync(path, settings.RowsPerSheet, settings.ProgressEveryRows, ReportProgressAsync, cancellationToken);
        return workbook.Details.Count == 0 ? total : written;

        async Task ReportProgressAsync(long rows, CancellationToken ct)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await db.ReportRequests.Where(r => r.Id == request.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.RowsWritten, rows), ct);
        }
    }

    /// <summary>The requesting user as they are now; the system's monthly report is made with a supervisor's view.</summary>
    private static async Task<Actor> RequesterAsync(CallCentreDbContext db, ReportRequest request, CancellationToken cancellationToken)
    {
        if (request.RequestedById is null)
        {
            return new Actor("system", request.RequestedByName, new HashSet<string> { Roles.Supervisor }, null);
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == request.RequestedById)
            .Select(u => new { u.Id, u.DisplayName, u.OrganisationId, u.LockoutEnd, u.MaySeePersonalData }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("Report.NotAllowed");
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(cancellationToken);
        return new Actor(user.Id, user.DisplayName, roles.ToHashSet(), user.OrganisationId) { MaySeePersonalData = user.MaySeePersonalData };
    }

    private async Task UpdateAsync(int requestId, Action<ReportRequest> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var request = await db.ReportRequests.SingleAsync(r => r.Id == requestId, cancellationToken);
        change(request);
        await db.SaveChangesAsync(cancellationToken);
    }
}
