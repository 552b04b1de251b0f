using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.SampleData;
using CallCentre.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Web.Features.Cases;

/// <summary>
/// Development only: fills a database that has no cases yet with a few hundred realistic ones (setting
/// <see cref="CountKey"/>), registered by the demo operator and supervisor over the last months, so that lists, search and
/// agency views have something to show. A database with any case is left alone, so it never runs twice.
/// </summary>
internal sealed class DemoCaseSeeder(IDbContextFactory<CallCentreDbContext> dbFactory, IConfiguration configuration, TimeProvider clock, ILogger<DemoCaseSeeder> logger)
{
    public const string CountKey = "DemoData:Cases";
    public const int DefaultCount = 300;

    /// <summary>Demo cases spread over this many days before today, so that some are still within their deadline.</summary>
    private static readonly TimeSpan Period = TimeSpan.FromDays(90);

    private static readonly string[] RegistrarEmails = ["operator@demo.1111.mn", "supervisor@demo.1111.mn"];

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
    }
}
