using System.Globalization;
using CallCentre.Bench.Harness;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Workflow;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Bench.Scenarios;

/// <summary>
/// A response end to end as the respond dialog sends it — <see cref="ActOnCase"/> with a <see cref="RespondMove"/>: the
/// case loaded through the officer's visibility, the stamp and transition checked, the event added, the save with its
/// audit entries, the fresh state read back — each run on a different acknowledged case; in alternation with a bare
/// baseline, the same UPDATE of the case and INSERT of its event by hand through Microsoft.Data.Sqlite in one
/// transaction (no audit). The cases are of <see cref="AgencyCode"/>, not the inbox scenario's agency, and are
/// acknowledged (through ActOnCase, untimed) before the measurement; they stay Responded afterwards.
/// </summary>
public sealed class RespondScenario : IScenario
{
    /// <summary>The largest agency of the data set (the Ministry of Education), whose cases nothing else changes.</summary>
    public const string AgencyCode = "MOEN";

    private const string Text = "Таны гомдлын дагуу сургуулийн захиргаатай холбогдож, асуудлыг шийдвэрлэлээ. Дэлгэрэнгүйг 11-11 төвөөс лавлана уу.";

    public string Name => "respond";

    public string Description => "a response through ActOnCase (load via visibility, check, event, save, audit) on acknowledged cases of the --cases data set vs a bare UPDATE + INSERT";

    public async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var count = options.CasesOr(SampleDatabase.DefaultCases);
        output.WriteLine($"respond: {options.Runs} responses through ActOnCase and {options.Runs} bare UPDATE + INSERT, alternating, after {options.Warmup} warm-up each");
        var factory = await SampleDatabase.EnsureAsync(count, output, cancellationToken);

        Actor officer;
        await using (var db = factory.CreateDbContext())
        {
            var organisationId = await db.Organisations.Where(o => o.Code == AgencyCode).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new BenchException($"Organisation {AgencyCode} is missing from the reference data.");
            officer = new Actor("bench-respond-officer", "Мэргэжилтэн (bench respond)", new HashSet<string> { Roles.AgencyOfficer }, organisationId);
        }

        var act = new ActOnCase(factory, BenchClock.Instance);
        var needed = (options.Warmup + options.Runs) * 2;
        var cases = new Queue<(int Id, Guid Stamp)>(await AcknowledgedAsync(factory, act, officer, needed, output, cancellationToken));
        var bare = new BareRespond(factory.ConnectionString, officer);

        var measurements = await Measure.InterleavedAsync(
            options.Warmup,
            options.Runs,
            [
                Measure.Timed(async ct =>
                {
                    var (id, stamp) = cases.Dequeue();
                    var result = await act.RunAsync(new ActOnCaseInput(new RespondMove { CaseId = id, ExpectedStamp = stamp, Text = Text, Resolution = Resolution.Resolved }), officer, ct);
                    if (!result.Succeeded || result.Current!.Status != CaseStatus.Responded)
                    {
                        throw new BenchException($"ActOnCase did not respond to case {id}: {result.Outcome} {result.RefusalKey}");
                    }
                }),
                Measure.Timed(async ct =>
                {
                    var (id, stamp) = cases.Dequeue();
                    await bare.RunAsync(id, stamp, ct);
                }),
            ],
            cancellationToken);

        var (respond, baseline) = (measurements[0], measurements[1]);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"respond — ActOnCase with RespondMove on {count:N0} cases: p50 {respond.P50Ms:F2} ms, p95 {respond.P95Ms:F2} ms (max {respond.MaxMs:F1})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bare UPDATE + INSERT: p50 {baseline.P50Ms:F2} ms, p95 {baseline.P95Ms:F2} ms; ratio of p50s {respond.P50Ms / baseline.P50Ms:F2}"));
        ResultLine.For(Name, "act_on_case", respond).Add("cases", count).Ratio(respond.P50Ms, baseline.P50Ms).Add("baseline", "bare_update_insert").WriteTo(output);
        ResultLine.For(Name, "bare_update_insert", baseline).Add("cases", count).Ratio(baseline.P50Ms, baseline.P50Ms).WriteTo(output);
    }

    /// <summary>
    /// <paramref name="needed"/> of the agency's cases in progress: those a stopped run left, then its oldest Assigned
    /// cases acknowledged through ActOnCase (untimed).
    /// </summary>
    private static async Task<List<(int Id, Guid Stamp)>> AcknowledgedAsync(
        BenchDbFactory factory, ActOnCase act, Actor officer, int needed, TextWriter output, CancellationToken cancellationToken)
    {
        List<(int Id, CaseStatus Status, Guid Stamp)> found;
        await using (var db = factory.CreateDbContext())
        {
            var inProgress = await db.Cases.AsNoTracking()
                .Where(c => c.AssignedOrganisationId == officer.OrganisationId && c.Status == CaseStatus.InProgress)
                .OrderBy(c => c.Id).Take(needed).Select(c => new { c.Id, c.Status, c.ConcurrencyStamp }).ToListAsync(cancellationToken);
            var assigned = await db.Cases.AsNoTracking()
                .Where(c => c.AssignedOrganisationId == officer.OrganisationId && c.Status == CaseStatus.Assigned)
                .OrderBy(c => c.Id).Take(needed - inProgress.Count).Select(c => new { c.Id, c.Status, c.ConcurrencyStamp }).ToListAsync(cancellationToken);
            found = [.. inProgress.Concat(assigned).Select(c => (c.Id, c.Status, c.ConcurrencyStamp))];
        }

        if (found.Count < needed)
        {
            throw new BenchException($"{AgencyCode} has only {found.Count} cases to respond to; {needed} are needed.");
        }

        var toAcknowledge = found.Count(c => c.Status == CaseStatus.Assigned);
        output.WriteLine($"  respond: acknowledging {toAcknowledge} cases of {AgencyCode} through ActOnCase (untimed)…");
        var ready = new List<(int Id, Guid Stamp)>(needed);
        foreach (var (id, status, stamp) in found)
        {
            if (status == CaseStatus.InProgress)
            {
                ready.Add((id, stamp));
                continue;
            }

            var result = await act.RunAsync(new ActOnCaseInput(new AcknowledgeMove { CaseId = id, ExpectedStamp = stamp }), officer, cancellationToken);
            if (!result.Succeeded)
            {
                throw new BenchException($"Acknowledge on case {id}: {result.Outcome} {result.RefusalKey}");
            }

            ready.Add((id, result.Current!.ConcurrencyStamp));
        }

        return ready;
    }

    /// <summary>What a response writes, by hand: the case's new status, text and stamp (checked against the old one) and its timeline event.</summary>
    private sealed class BareRespond(string connectionString, Actor officer)
    {
        private static readonly string At = BenchClock.NowUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

        public async Task RunAsync(int caseId, Guid stamp, CancellationToken cancellationToken)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText =
                "UPDATE Cases SET Status = 'Responded', ResponseText = @text, Resolution = 'Resolved', RespondedAtUtc = @at, ConcurrencyStamp = @new " +
                "WHERE Id = @id AND ConcurrencyStamp = @old AND Status = 'InProgress' AND AssignedOrganisationId = @organisation";
            update.Parameters.AddWithValue("@text", Text);
            update.Parameters.AddWithValue("@at", At);
            update.Parameters.AddWithValue("@new", Guid.NewGuid().ToString().ToUpperInvariant());
            update.Parameters.AddWithValue("@id", caseId);
            update.Parameters.AddWithValue("@old", stamp.ToString().ToUpperInvariant());
            update.Parameters.AddWithValue("@organisation", officer.OrganisationId!.Value);
            if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new BenchException($"The bare UPDATE did not find case {caseId} in progress with its stamp.");
            }

            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText =
                "INSERT INTO CaseEvents (CaseId, Kind, AtUtc, ActorId, ActorName, FromStatus, ToStatus, Text, IsPublic, OrganisationId) " +
                "VALUES (@id, 'Responded', @at, @actor, @name, 'InProgress', 'Responded', @text, 1, NULL)";
            insert.Parameters.AddWithValue("@id", caseId);
            insert.Parameters.AddWithValue("@at", At);
            insert.Parameters.AddWithValue("@actor", officer.UserId);
            insert.Parameters.AddWithValue("@name", officer.DisplayName);
            insert.Parameters.AddWithValue("@text", Text);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
