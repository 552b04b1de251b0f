using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Ratings;
using CallCentre.Domain.Workflow;
using CallCentre.SampleData;
using CallCentre.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Web.Features.Cases;

/// <summary>
/// Development only: fills a database that has no cases yet with a few hundred realistic ones (setting
/// <see cref="CountKey"/>), registered by the demo operator and supervisor over the last months, so that lists, search and
/// agency views have something to show; the demo agency officers answer a few and the demo operator records callback
/// ratings of most of those answers, so that the satisfaction reports do too. A database with any case is left alone, so it never runs twice.
/// </summary>
internal sealed class DemoCaseSeeder(IDbContextFactory<CallCentreDbContext> dbFactory, IConfiguration configuration, TimeProvider clock, ILogger<DemoCaseSeeder> logger)
{
    public const string CountKey = "DemoData:Cases";
    public const int DefaultCount = 300;

    /// <summary>Demo cases spread over this many days before today, so that some are still within their deadline.</summary>
    private static readonly TimeSpan Period = TimeSpan.FromDays(90);

    private static readonly string[] RegistrarEmails = ["operator@demo.1111.mn", "supervisor@demo.1111.mn"];

    /// <summary>What demo citizens say on a callback, by score (1–5).</summary>
    private static readonly string?[][] Comments =
    [
        ["Хариу ирсэн ч асуудал шийдэгдээгүй.", null],
        ["Хэт удаан хариулсан.", null],
        ["Хэсэгчлэн шийдсэн.", null],
        ["Баярлалаа, засаж өгсөн.", null],
        ["Маш хурдан шийдсэн, баярлалаа!", null],
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var count = configuration.GetValue(CountKey, DefaultCount);
        if (count <= 0)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Cases.AnyAsync(cancellationToken))
        {
            return;
        }

        var accounts = await db.Users.AsNoTracking().Where(u => RegistrarEmails.Contains(u.Email))
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.OrganisationId }).ToListAsync(cancellationToken);
        var registrars = accounts.OrderBy(a => a.Email, StringComparer.Ordinal)
            .Select(a => new Actor(a.Id, a.DisplayName, new HashSet<string> { DemoAccounts.All.Single(d => d.Email == a.Email).Role }, a.OrganisationId))
            .ToList();
        if (registrars.Count == 0)
        {
            logger.LogWarning("No demo cases seeded: the demo operator and supervisor accounts are missing");
            return;
        }

        var options = new SampleCasesOptions { Count = count, EndUtc = clock.GetUtcNow().UtcDateTime, Span = Period };
        var result = await SampleCases.GenerateAsync(dbFactory, options, registrars, new EfCaseSink(dbFactory), cancellationToken);
        logger.LogInformation("Seeded {Count} demo cases ({Setting})", result.Written, CountKey);
        if (registrars.FirstOrDefault(r => r.IsIn(Roles.Operator)) is { } @operator)
        {
            logger.LogInformation("Recorded {Count} demo callback ratings", await AnswerAndRateSomeAsync(@operator, cancellationToken));
        }
    }

    /// <summary>
    /// The sample cases are only registered and assigned: the demo agency officers answer a few of their organisation's,
    /// and the demo operator records the citizen's rating of most of those answers, all through the real moves.
    /// </summary>
    private async Task<int> AnswerAndRateSomeAsync(Actor @operator, CancellationToken cancellationToken)
    {
        const int answeredPerOrganisation = 8;
        List<Actor> officers;
        List<(int Id, Guid Stamp, int OrganisationId)> assigned;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var emails = DemoAccounts.All.Where(a => a.Role == Roles.AgencyOfficer).Select(a => a.Email).ToList();
            officers = [.. (await db.Users.AsNoTracking().Where(u => u.Email != null && emails.Contains(u.Email) && u.OrganisationId != null)
                    .Select(u => new { u.Id, u.DisplayName, u.OrganisationId }).ToListAsync(cancellationToken))
                .Select(u => new Actor(u.Id, u.DisplayName, new HashSet<string> { Roles.AgencyOfficer }, u.OrganisationId))];
            var organisations = officers.Select(o => o.OrganisationId).ToList();
            assigned = [.. (await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Assigned && organisations.Contains(c.AssignedOrganisationId))
                    .OrderBy(c => c.Id).Select(c => new { c.Id, c.ConcurrencyStamp, c.AssignedOrganisationId }).ToListAsync(cancellationToken))
                .Select(c => (c.Id, c.ConcurrencyStamp, c.AssignedOrganisationId!.Value))];
        }

        var random = new Random(1111);
        var act = new ActOnCase(dbFactory, clock);
        var rated = 0;
        foreach (var officer in officers)
        {
            foreach (var (id, stamp, _) in assigned.Where(c => c.OrganisationId == officer.OrganisationId).Take(answeredPerOrganisation))
            {
                var acknowledged = await act.RunAsync(new ActOnCaseInput(new AcknowledgeMove { CaseId = id, ExpectedStamp = stamp }), officer, cancellationToken);
                var responded = acknowledged.Current is { } afterAcknowledging
                    ? await act.RunAsync(new ActOnCaseInput(new RespondMove { CaseId = id, ExpectedStamp = afterAcknowledging.ConcurrencyStamp, Text = "Шалгаж, шаардлагатай арга хэмжээг авлаа.", Resolution = Resolution.Resolved }), officer, cancellationToken)
                    : acknowledged;
                if (!responded.Succeeded || random.Next(4) == 0)
                {
                    continue;
                }

                var score = random.Next(10) switch { 0 => 1, 1 => 2, 2 or 3 => 3, 4 or 5 or 6 => 4, _ => 5 };
                var solved = score >= 4 ? ProblemSolved.Yes : score == 3 ? ProblemSolved.Partly : ProblemSolved.No;
                var rating = new RateMove { CaseId = id, ExpectedStamp = responded.Current!.ConcurrencyStamp, Score = score, Solved = solved, Comment = Comments[score - 1][random.Next(2)] };
                rated += (await act.RunAsync(new ActOnCaseInput(rating), @operator, cancellationToken)).Succeeded ? 1 : 0;
            }
        }

        return rated;
    }
}
