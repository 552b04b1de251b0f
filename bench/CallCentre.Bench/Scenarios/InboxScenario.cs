using System.Globalization;
using CallCentre.Bench.Harness;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Inbox;
using CallCentre.Domain.UseCases;
using Microsoft.Data.Sqlite;

namespace CallCentre.Bench.Scenarios;

/// <summary>
/// An organisation's grouped inbox as the /inbox page asks for it — <see cref="GetInbox"/> for an officer of the capital's
/// water authority, "my organisation", the first page of the "to acknowledge" group with all six group counts — against
/// hand-written SQL returning the same counts and rows, in alternation. The organisation's oldest cases are first given
/// a working spread of states (<see cref="InboxSpread"/>, once per data file).
/// </summary>
public sealed class InboxScenario : IScenario
{
    private const int PageSize = 25;

    public string Name => "inbox";

    public string Description => "an agency's grouped inbox (six counts + first page) through GetInbox vs hand-written SQL, on the --cases data set";

    public async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var count = options.CasesOr(SampleDatabase.DefaultCases);
        output.WriteLine($"inbox: {options.Runs} runs of GetInbox and its hand-written SQL, alternating, after {options.Warmup} warm-up");
        var factory = await SampleDatabase.EnsureAsync(count, output, cancellationToken);

        Actor officer, supervisor;
        string organisations;
        await using (var db = factory.CreateDbContext())
        {
            officer = await BenchActors.AgencyOfficerAsync(db, cancellationToken);
            supervisor = BenchActors.Supervisor(await BenchActors.OperatorAsync(db, cancellationToken));
            organisations = string.Join(", ", await BenchActors.OrganisationTreeAsync(db, officer.OrganisationId!.Value, cancellationToken));
        }

        await InboxSpread.EnsureAsync(factory, officer, supervisor, output, cancellationToken);

        var input = new GetInboxInput
        {
            Group = InboxGroup.ToAcknowledge,
            Scope = InboxScope.Organisation,
            DueSoonDays = InboxSettings.DefaultDueSoonDays,
            PageSize = PageSize,
            Language = Language.Mongolian,
        };
        var inbox = new GetInbox(factory, BenchClock.Instance);
        var sql = HandWritten(organisations, input.DueSoonDays);

        var viaUseCase = await inbox.RunAsync(input, officer, cancellationToken);
        var viaSql = await HandWrittenAsync(factory.ConnectionString, sql, cancellationToken);
        var counts = InboxResult.Groups.Select(viaUseCase.CountOf).ToList();
        if (!counts.SequenceEqual(viaSql.Counts) || !viaUseCase.Rows.Select(r => r.Id).SequenceEqual(viaSql.Ids) || viaUseCase.Rows.Count == 0)
        {
            throw new BenchException(
                $"GetInbox and the hand-written SQL disagree: counts {string.Join("/", counts)} against {string.Join("/", viaSql.Counts)}, " +
                $"{viaUseCase.Rows.Count} rows against {viaSql.Ids.Count}.");
        }

        var measurements = await Measure.InterleavedAsync(
            options.Warmup,
            options.Runs,
            [
                Measure.Timed(async ct => await inbox.RunAsync(input, officer, ct)),
                Measure.Timed(async ct => await HandWrittenAsync(factory.ConnectionString, sql, ct)),
            ],
            cancellationToken);
        var (useCase, baseline) = (measurements[0], measurements[1]);
        var groups = string.Join(", ", InboxResult.Groups.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g} {viaUseCase.CountOf(g):N0}")));
        output.WriteLine();
        output.WriteLine($"inbox {BenchActors.AgencyCode} officer, my organisation, to acknowledge, first page: {viaUseCase.Rows.Count} rows; {groups}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  GetInbox p50 {useCase.P50Ms:F2} ms, p95 {useCase.P95Ms:F2} ms; hand-written SQL p50 {baseline.P50Ms:F2} ms, p95 {baseline.P95Ms:F2} ms"));
        ResultLine.For(Name, "organisation_to_acknowledge", useCase).Add("cases", count).Add("open", counts.Take(3).Sum())
            .Ratio(useCase.P50Ms, baseline.P50Ms).Add("baseline", "organisation_to_acknowledge_sql").WriteTo(output);
        ResultLine.For(Name, "organisation_to_acknowledge_sql", baseline).Add("cases", count).Ratio(baseline.P50Ms, baseline.P50Ms).WriteTo(output);
    }

    /// <summary>The six counts in one statement and the page, as GetInbox defines them, in one batch.</summary>
    private static string HandWritten(string organisations, int dueSoonDays)
    {
        static string At(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var now = At(BenchClock.NowUtc);
        var soon = At(BenchClock.NowUtc.AddDays(dueSoonDays));
        const string Open = "c.Status IN ('Assigned', 'InProgress', 'AwaitingCitizen')";
        return
            "SELECT COALESCE(SUM(c.Status = 'Assigned'), 0), COALESCE(SUM(c.Status = 'InProgress'), 0), COALESCE(SUM(c.Status = 'AwaitingCitizen'), 0), " +
            $"COALESCE(SUM(c.RespondByUtc >= '{now}' AND c.RespondByUtc < '{soon}'), 0), COALESCE(SUM(c.RespondByUtc < '{now}'), 0), COALESCE(SUM(c.ReopenCount > 0), 0) " +
            $"FROM Cases c WHERE c.AssignedOrganisationId IN ({organisations}) AND {Open}; " +
            "SELECT c.Id, c.Reference, c.Subject, c.Type, c.Priority, c.Status, c.AssignedAtUtc, c.RespondByUtc, o.NameMn, c.AssignedOfficerId, u.DisplayName, " +
            "c.ReopenCount, c.ExtensionState, c.ConcurrencyStamp " +
            "FROM Cases c LEFT JOIN Organisations o ON o.Id = c.AssignedOrganisationId LEFT JOIN AspNetUsers u ON u.Id = c.AssignedOfficerId " +
            $"WHERE c.AssignedOrganisationId IN ({organisations}) AND c.Status = 'Assigned' ORDER BY c.RespondByUtc, c.Id LIMIT {PageSize}";
    }

    private static async Task<(List<int> Counts, List<int> Ids)> HandWrittenAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var counts = Enumerable.Range(0, reader.FieldCount).Select(reader.GetInt32).ToList();
        await reader.NextResultAsync(cancellationToken);
        var ids = new List<int>(PageSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
            for (var i = 1; i < reader.FieldCount; i++)
            {
                _ = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
        }

        return (counts, ids);
    }
}
