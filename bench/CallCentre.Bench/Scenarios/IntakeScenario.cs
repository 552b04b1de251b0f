using System.Globalization;
using CallCentre.Bench.Harness;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Regions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Bench.Scenarios;

/// <summary>
/// Registering a call end to end through <see cref="RegisterCase"/> — what the intake page calls: validation, routing,
/// the year's reference number, the case with its timeline and word index — against the generated data set, and, in
/// alternation, a bare parameterised INSERT of the same case row through Microsoft.Data.Sqlite (the baseline). The
/// cases and rows it adds are removed afterwards, and the reference counter put back, so the data set stays as generated.
/// </summary>
public sealed class IntakeScenario : IScenario
{
    public string Name => "intake";

    public string Description => "register a case through RegisterCase against the --cases data set (default 1,000,000); p50/p95 and ratio to a bare INSERT of the same row";

    public async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var count = options.CasesOr(SampleDatabase.DefaultCases);
        output.WriteLine($"intake: {options.Runs} registrations and {options.Runs} bare INSERTs, alternating, after {options.Warmup} warm-up each");
        var factory = await SampleDatabase.EnsureAsync(count, output, cancellationToken);

        RegisterCaseInput template;
        CallCentre.Domain.Accounts.Actor @operator;
        int highestId;
        Dictionary<int, int> counters;
        await using (var db = factory.CreateDbContext())
        {
            @operator = await BenchActors.OperatorAsync(db, cancellationToken);
            template = await InputAsync(db, cancellationToken);
            highestId = await db.Cases.MaxAsync(c => c.Id, cancellationToken);
            counters = await db.ReferenceCounters.AsNoTracking().ToDictionaryAsync(c => c.Year, c => c.LastSequence, cancellationToken);
        }

        var registerCase = new RegisterCase(factory, TimeProvider.System);
        var registered = 0;
        var inserted = 0;
        BareInsert? bare = null;
        try
        {
            var measurements = await Measure.InterleavedAsync(
                options.Warmup,
                options.Runs,
                [
                    Measure.Timed(async ct =>
                    {
                        var result = await registerCase.RunAsync(template with { Phone = Phone(registered++) }, @operator, ct);
                        if (!result.Succeeded)
                        {
                            throw new BenchException($"RegisterCase refused the call: {string.Join(", ", result.Errors)}");
                        }

                        bare ??= await BareInsert.OfAsync(factory.ConnectionString, result.Value!.CaseId, ct);
                    }),
                    Measure.Timed(async ct => await bare!.InsertAsync(inserted++, ct)),
                ],
                cancellationToken);

            var (intake, baseline) = (measurements[0], measurements[1]);
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"intake — RegisterCase.RunAsync on {count:N0} cases: p50 {intake.P50Ms:F2} ms, p95 {intake.P95Ms:F2} ms (max {intake.MaxMs:F1})"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bare INSERT of the same row: p50 {baseline.P50Ms:F2} ms, p95 {baseline.P95Ms:F2} ms; ratio of p50s {intake.P50Ms / baseline.P50Ms:F2}"));
            ResultLine.For(Name, "register", intake).Add("cases", count).Ratio(intake.P50Ms, baseline.P50Ms).Add("baseline", "bare_insert").WriteTo(output);
            ResultLine.For(Name, "bare_insert", baseline).Add("cases", count).Ratio(baseline.P50Ms, baseline.P50Ms).WriteTo(output);
        }
        finally
        {
            await RestoreAsync(factory.ConnectionString, highestId, counters, cancellationToken);
        }
    }

    private static async Task<RegisterCaseInput> InputAsync(CallCentre.Domain.Persistence.CallCentreDbContext db, CancellationToken cancellationToken)
    {
        var topic = await db.Topics.Where(t => t.Code == "UTIL-WATER").Select(t => t.Id).SingleAsync(cancellationToken);
        var capital = await db.Regions.Where(r => r.Kind == RegionKind.Capital).Select(r => r.Id).SingleAsync(cancellationToken);
        var district = await db.Regions.Where(r => r.Code == "UB-BZ").Select(r => r.Id).SingleAsync(cancellationToken);
        return new RegisterCaseInput
        {
            Type = CaseType.Complaint,
            TopicId = topic,
            Subject = "Халуун ус тасарсан",
            Description = "Манай байранд гурав хоног халуун ус байхгүй байна. Бага насны хүүхэдтэй тул яаралтай шийдвэрлэж өгнө үү.",
            RegionId = capital,
            DistrictId = district,
            Address = "12-р хороо, 45-р байр, 23 тоот",
            CallerName = "Батболд Дорж",
            RegisterNumber = "УБ99031512",
        };
    }

    private static string Phone(int i) => (88_000_000 + (i * 7_919 % 1_000_000)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Takes out what the scenario added, so that the data set stays as generated.</summary>
    private static async Task RestoreAsync(string connectionString, int highestId, Dictionary<int, int> counters, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "DELETE FROM CaseWords WHERE CaseId > @id; DELETE FROM CaseEvents WHERE CaseId > @id; DELETE FROM Cases WHERE Id > @id;";
        command.Parameters.AddWithValue("@id", highestId);
        await command.ExecuteNonQueryAsync(cancellationToken);
        foreach (var (year, last) in counters)
        {
            await using var counter = connection.CreateCommand();
            counter.CommandText = "UPDATE ReferenceCounters SET LastSequence = @last WHERE Year = @year";
            counter.Parameters.AddWithValue("@last", last);
            counter.Parameters.AddWithValue("@year", year);
            await counter.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The baseline: one parameterised INSERT of a case row with the values RegisterCase stored (read back once), a
    /// reference of its own and the database numbering the row, on a pooled connection as EF Core uses.
    /// </summary>
    private sealed class BareInsert
    {
        private readonly string _connectionString;
        private readonly string _sql;
        private readonly List<(string Column, object Value)> _values;

        private BareInsert(string connectionString, List<(string Column, object Value)> values)
        {
            _connectionString = connectionString;
            _values = values;
            _sql = $"INSERT INTO Cases ({string.Join(", ", values.Select(v => $"\"{v.Column}\""))}) VALUES ({string.Join(", ", values.Select((_, i) => $"@p{i}"))})";
        }

        public static async Task<BareInsert> OfAsync(string connectionString, int caseId, CancellationToken cancellationToken)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM Cases WHERE Id = @id";
            command.Parameters.AddWithValue("@id", caseId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var values = new List<(string, object)>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (reader.GetName(i) != "Id")
                {
                    values.Add((reader.GetName(i), reader.GetValue(i)));
                }
            }

            return new BareInsert(connectionString, values);
        }

        public async Task InsertAsync(int i, CancellationToken cancellationToken)
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = _sql;
            for (var p = 0; p < _values.Count; p++)
            {
                var (column, value) = _values[p];
                command.Parameters.AddWithValue(
                    $"@p{p}",
                    column switch
                    {
                        // A reference of its own (year 99 is never generated) and a fresh stamp, as every new row has.
                        nameof(Case.Reference) => ReferenceNumber.Create(2099, i + 1).ToString(),
                        nameof(Case.ConcurrencyStamp) => Guid.NewGuid(),
                        _ => value,
                    });
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
