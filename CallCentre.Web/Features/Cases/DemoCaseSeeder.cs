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
/// agency views have something to show; the demo operator records callback ratings on some of the answered ones, so
/// that the satisfaction reports do too. A database with any case is left alone, so it never runs twice.
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
            logger.LogInformation("Recorded {Count} demo callback ratings", await RateSomeAsync(@operator, cancellationToken));
        }
    }

    /// <summary>Every second answered case gets a rating through the real move, scores leaning to the satisfied side.</summary>
    private async Task<int> RateSomeAsync(Actor @operator, CancellationToken cancellationToken)
    {
        List<(int Id, Guid Stamp)> answered;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            answered = [.. (await db.Cases.AsNoTracking()
                    .Where(c => (c.Status == CaseStatus.Responded || c.Status == CaseStatus.Closed) && c.RespondedAtUtc != null && c.AssignedOrganisationId != null)
                    .OrderBy(c => c.Id).Select(c => new { c.Id, c.ConcurrencyStamp }).ToListAsync(cancellationToken))
                .Where((_, i) => i % 2 == 0).Select(c => (c.Id, c.ConcurrencyStamp))];
        }

        var random = new Random(1111);
        var act = new ActOnCase(dbFactory, clock);
        var rated = 0;
        foreach (var (id, stamp) in answered)
        {
            var score = random.Next(10) switch { 0 => 1, 1 => 2, 2 or 3 => 3, 4 or 5 or 6 => 4, _ => 5 };
            var solved = score >= 4 ? ProblemSolved.Yes : score == 3 ? ProblemSolved.Partly : ProblemSolved.No;
            var move = new RateMove { CaseId = id, ExpectedStamp = stamp, Score = score, Solved = solved, Comment = Comments[score - 1][random.Next(2)] };
            rated += (await act.RunAsync(move, @operator, cancellationToken: cancellationToken)).Succeeded ? 1 : 0;
        }

        return rated;
    }
}
