using System.Globalization;
using CallCentre.Bench.Harness;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Bench.Scenarios;

/// <summary>
/// The first page of a case list (25 rows and the capped total) through <see cref="SearchCases"/>, as the list page asks
/// for it, against hand-written SQL returning the same rows over the same indexes, in alternation:
/// an agency officer's open cases by deadline, and the whole list (supervisor) with two filters.
/// </summary>
public sealed class CaseListScenario : IScenario
{
    private const int PageSize = 25;

    public string Name => "caselist";

    public string Description => "first page + total of case lists through SearchCases (agency open cases by deadline; supervisor with two filters) vs hand-written SQL";

    public async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var count = options.CasesOr(SampleDatabase.DefaultCases);
        output.WriteLine($"caselist: {options.Runs} runs of each list and its hand-written SQL, alternating, after {options.Warmup} warm-up");
        var factory = await SampleDatabase.EnsureAsync(count, output, cancellationToken);

        Actor agency, supervisor;
        string organisations;
        int district;
        await using (var db = factory.CreateDbContext())
        {
            agency = await BenchActors.AgencyOfficerAsync(db, cancellationToken);
            supervisor = BenchActors.Supervisor(await BenchActors.OperatorAsync(db, cancellationToken));
            organisations = string.Join(", ", await BenchActors.OrganisationTreeAsync(db, agency.OrganisationId!.Value, cancellationToken));
            district = await db.Regions.Where(r => r.Code == "UB-SH").Select(r => r.Id).SingleAsync(cancellationToken);
        }

        const string Row =
            "SELECT c.Id, c.Reference, c.RegisteredAtUtc, c.Status, c.Type, c.Channel, c.Priority, c.Subject, t.NameMn, o.NameMn, r.NameMn, d.NameMn, c.RespondByUtc " +
            "FROM Cases c JOIN Topics t ON t.Id = c.TopicId LEFT JOIN Organisations o ON o.Id = c.AssignedOrganisationId " +
            "LEFT JOIN Regions r ON r.Id = c.RegionId LEFT JOIN Regions d ON d.Id = c.DistrictId ";
        var lists = new[]
        {
            new ListCase(
                "agency_open_by_deadline",
                $"{BenchActors.AgencyCode} officer: Assigned cases, soonest respond-by first",
                agency,
                new SearchCasesInput { Status = CaseStatus.Assigned, SortBy = CaseSort.RespondBy, Descending = false, PageSize = PageSize },
                $"WHERE c.AssignedOrganisationId IN ({organisations}) AND c.Status = 'Assigned'",
                "ORDER BY c.RespondByUtc, c.Id DESC"),
            new ListCase(
                "supervisor_type_district",
                "supervisor: complaints from Songinokhairkhan, newest first",
                supervisor,
                new SearchCasesInput { Type = CaseType.Complaint, RegionId = district, PageSize = PageSize },
                $"WHERE c.DistrictId = {district} AND c.Type = 'Complaint'",
                "ORDER BY c.Id DESC"),
            new ListCase(
                "supervisor_type_dates",
                "supervisor: requests registered in March 2026, newest first",
                supervisor,
                new SearchCasesInput { Type = CaseType.Request, From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 3, 31), PageSize = PageSize },
                "WHERE c.RegisteredAtUtc >= '2026-02-28 16:00:00' AND c.RegisteredAtUtc < '2026-03-31 16:00:00' AND c.Type = 'Request'",
                "ORDER BY c.Id DESC"),
        };

        var search = new SearchCases(factory);
        foreach (var list in lists)
        {
            var viaUseCase = await search.RunAsync(list.Input, list.Actor, cancellationToken);
            var viaSql = await HandWrittenAsync(factory.ConnectionString, Row, list, cancellationToken);
            if (!viaUseCase.Rows.Select(r => r.Id).SequenceEqual(viaSql.Ids) || viaUseCase.Total != viaSql.Total)
            {
                throw new BenchException($"{list.Name}: SearchCases and the hand-written SQL disagree ({viaUseCase.Rows.Count} rows of {viaUseCase.Total} against {viaSql.Ids.Count} of {viaSql.Total}).");
            }

            var measurements = await Measure.InterleavedAsync(
                options.Warmup,
                options.Runs,
                [
                    Measure.Timed(async ct => await search.RunAsync(list.Input, list.Actor, ct)),
                    Measure.Timed(async ct => await HandWrittenAsync(factory.ConnectionString, Row, list, ct)),
                ],
                cancellationToken);
            var (useCase, sql) = (measurements[0], measurements[1]);
            output.WriteLine();
            output.WriteLine($"caselist {list.Name} — {list.What}: {viaUseCase.Rows.Count} rows of {viaUseCase.Total:N0}{(viaUseCase.TotalIsCapped ? "+" : "")}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  SearchCases p50 {useCase.P50Ms:F2} ms, p95 {useCase.P95Ms:F2} ms; hand-written SQL p50 {sql.P50Ms:F2} ms, p95 {sql.P95Ms:F2} ms"));
            ResultLine.For(Name, list.Name, useCase).Add("cases", count).Add("total", viaUseCase.Total).Ratio(useCase.P50Ms, sql.P50Ms).Add("baseline", list.Name + "_sql").WriteTo(output);
            ResultLine.For(Name, list.Name + "_sql", sql).Add("cases", count).Ratio(sql.P50Ms, sql.P50Ms).WriteTo(output);
        }
    }

    /// <summary>The page and the total capped as SearchCases caps it, on a pooled connection.</summary>
    private static async Task<(List<int> Ids, int Total)> HandWrittenAsync(string connectionString, string row, ListCase list, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnectionSetup.OpenAsync(connectionString, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT COUNT(*) FROM (SELECT 1 FROM Cases c {list.Where} LIMIT {SearchCases.CountLimit + 1}); " +
            $"{row}{list.Where} {list.OrderBy} LIMIT {PageSize}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = Math.Min(reader.GetInt32(0), SearchCases.CountLimit);
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

        return (ids, total);
    }

    private sealed record ListCase(string Name, string What, Actor Actor, SearchCasesInput Input, string Where, string OrderBy);
}
