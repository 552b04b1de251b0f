using System.Diagnostics;
using System.Globalization;
using CallCentre.Bench.Harness;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Deadlines;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCentre.Bench.Scenarios;

/// <summary>
/// One full run of the deadline scan (<see cref="ScanDeadlines"/>, what the recurring job runs) over a copy of the data set
/// where a tenth of the cases are open with their clocks spread around the bench moment, then a second immediate run,
/// which must send nothing. Measures the first run's wall time and the process's peak memory.
/// </summary>
public sealed class EscalationScanScenario : IScenario
{
    private const int Supervisors = 3;

    public string Name => "escalation-scan";

    public string Description => "one full run of the reminder/escalation scan over the open cases (a tenth of --cases), then a second run that must send nothing";

    public async Task RunAsync(BenchOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var count = options.CasesOr(SampleDatabase.DefaultCases);
        output.WriteLine($"escalation-scan: one run of the deadline scan over {count / 10:N0} open cases of {count:N0}, then a second run");
        var cached = await SampleDatabase.EnsureAsync(count, output, cancellationToken);
        var factory = await PreparedCopyAsync(cached, count, output, cancellationToken);

        // Every run starts from nothing sent.
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM Notifications; DELETE FROM DeadlineAlerts;", cancellationToken);
        }

        SqliteConnection.ClearAllPools();
        GC.Collect();
        ProcessMemory.TryResetPeak();
        var scan = new ScanDeadlines(factory, BenchClock.Instance, Options.Create(new CalendarSettings()));
        var started = Stopwatch.GetTimestamp();
        var first = await scan.RunAsync(new ScanDeadlinesInput("bench-1"), Actor.System, cancellationToken);
        var wall = Stopwatch.GetElapsedTime(started);
        var peak = ProcessMemory.Self().PeakMb;

        var secondStarted = Stopwatch.GetTimestamp();
        var second = await scan.RunAsync(new ScanDeadlinesInput("bench-2"), Actor.System, cancellationToken);
        var secondWall = Stopwatch.GetElapsedTime(secondStarted);

        long duplicates;
        await using (var db = factory.CreateDbContext())
        {
            duplicates = await db.Database.SqlQueryRaw<long>(
                "SELECT COUNT(*) AS Value FROM (SELECT 1 FROM Notifications GROUP BY RecipientId, CaseId, Kind, Level, DeadlineUtc HAVING COUNT(*) > 1)")
                .SingleAsync(cancellationToken);
        }

        if (first.AlertsSent == 0 || second.AlertsSent != 0 || duplicates != 0)
        {
            throw new BenchException($"The scan is not exactly once: first run {first.AlertsSent} alerts, second run {second.AlertsSent}, {duplicates} duplicate notifications.");
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  first run: {first.Candidates:N0} candidate cases, {first.AlertsSent:N0} reminders and escalations, {first.Notifications:N0} notifications in {wall.TotalSeconds:F2} s, peak {peak:F1} MB"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  second run: {second.Candidates:N0} candidate cases, {second.AlertsSent} sent in {secondWall.TotalSeconds:F2} s"));
        var phases = first.Phases;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  first run phases: set-up and candidates {phases.Candidates.TotalSeconds:F2} s, batch reads {phases.Reads.TotalSeconds:F2} s, due and recipients {phases.Due.TotalSeconds:F2} s, inserts {phases.Inserts.TotalSeconds:F2} s, commits {phases.Commits.TotalSeconds:F2} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  second run phases: set-up and candidates {second.Phases.Candidates.TotalSeconds:F2} s, batch reads {second.Phases.Reads.TotalSeconds:F2} s, due {second.Phases.Due.TotalSeconds:F2} s"));
        ResultLine.For(Name).Add("runs", 1).Add("wall_s", wall.TotalSeconds, 2).Add("peak_mb", peak, 1).Add("cases", count).Add("open", count / 10)
            .Add("candidates", first.Candidates).Add("alerts", first.AlertsSent).Add("notifications", first.Notifications)
            .Add("second_wall_s", secondWall.TotalSeconds, 2).Add("second_candidates", second.Candidates).Add("second_sent", second.AlertsSent)
            .Add("duplicates", duplicates)
            .Add("candidates_s", phases.Candidates.TotalSeconds, 2).Add("reads_s", phases.Reads.TotalSeconds, 2).Add("due_s", phases.Due.TotalSeconds, 2)
            .Add("inserts_s", phases.Inserts.TotalSeconds, 2).Add("commits_s", phases.Commits.TotalSeconds, 2)
            .WriteTo(output);
    }

    /// <summary>
    /// A copy of the data set (kept beside it; the other scenarios' file stays as it is) where the newest tenth of the
    /// assigned cases are open and the rest closed, with clocks as the clock would have set them, spread so that a
    /// realistic backlog is due at the bench moment: respond-by from 8 days before it to 32 after (a fifth overdue, one in
    /// six within reminder reach), acknowledge-by 29 days before respond-by, one in twenty not yet acknowledged; no officer
    /// assigned (reminders go to the heads); one head per organisation, three supervisors and one of the Cabinet Secretariat.
    /// </summary>
    private static async Task<BenchDbFactory> PreparedCopyAsync(BenchDbFactory cached, int count, TextWriter output, CancellationToken cancellationToken)
    {
        var path = RepoPaths.Combine("bench", "results", "data", string.Create(CultureInfo.InvariantCulture, $"escalation-seed{SampleDatabase.Seed}-{count}.db"));
        var marker = path + ".prepared";
        if (File.Exists(path) && File.Exists(marker))
        {
            output.WriteLine($"  data: prepared copy {path}");
            return new BenchDbFactory(path);
        }

        output.WriteLine($"  data: preparing {path} (once)…");
        SqliteConnection.ClearAllPools();
        File.Copy(cached.DatabasePath, path, overwrite: true);
        var factory = new BenchDbFactory(path);
        var now = BenchClock.NowUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var keepOpen = count / 10 - 1;

        // Bench constants only (the moment and a count), no input: raw SQL is safe here.
        var prepare = $"""
                UPDATE Cases SET Status = 'Closed', ClosedAtUtc = RespondByUtc
                WHERE Status = 'Assigned' AND Id < (SELECT Id FROM Cases WHERE Status = 'Assigned' ORDER BY Id DESC LIMIT 1 OFFSET {keepOpen});
                UPDATE Cases SET
                    RespondByUtc = datetime('{now}', printf('%+d minutes', ((Id * 7919) % 57600) - 11520)),
                    DeadlineRound = 1
                WHERE Status = 'Assigned';
                UPDATE Cases SET AcknowledgeByUtc = datetime(RespondByUtc, '-29 days') WHERE Status = 'Assigned';
                UPDATE Cases SET Status = 'InProgress', AcknowledgedAtUtc = datetime(AcknowledgeByUtc, '-20 hours')
                WHERE Status = 'Assigned' AND Id % 20 <> 0;
                """;
        await using (var db = factory.CreateDbContext())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.ExecuteSqlRawAsync(prepare, cancellationToken);
            await AddStaffAsync(db, cancellationToken);
        }

        await File.WriteAllTextAsync(marker, BenchClock.NowUtc.ToString("O"), cancellationToken);
        return factory;
    }

    private static async Task AddStaffAsync(CallCentre.Domain.Persistence.CallCentreDbContext db, CancellationToken cancellationToken)
    {
        var organisations = await db.Cases.Where(c => c.Status == CallCentre.Domain.Cases.CaseStatus.InProgress || c.Status == CallCentre.Domain.Cases.CaseStatus.Assigned)
            .Select(c => c.AssignedOrganisationId!.Value).Distinct().ToListAsync(cancellationToken);
        var centre = await db.Organisations.Where(o => o.Code == "CC1111").Select(o => o.Id).SingleAsync(cancellationToken);
        var secretariat = await db.Organisations.Where(o => o.Code == AlertRecipients.CabinetSecretariatCode).Select(o => o.Id).SingleAsync(cancellationToken);
        var roles = new Dictionary<string, IdentityRole>();
        foreach (var name in new[] { Roles.AgencyHead, Roles.Supervisor })
        {
            var role = await db.Roles.FirstOrDefaultAsync(r => r.Name == name, cancellationToken)
                ?? db.Roles.Add(new IdentityRole(name) { NormalizedName = name.ToUpperInvariant() }).Entity;
            roles[name] = role;
        }

        void Add(string email, string role, int organisationId)
        {
            var user = new ApplicationUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                DisplayName = email,
                OrganisationId = organisationId,
                CreatedAtUtc = BenchClock.NowUtc,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role].Id });
        }

        foreach (var organisation in organisations)
        {
            Add(string.Create(CultureInfo.InvariantCulture, $"head{organisation}@bench.1111.mn"), Roles.AgencyHead, organisation);
        }

        for (var i = 1; i <= Supervisors; i++)
        {
            Add(string.Create(CultureInfo.InvariantCulture, $"supervisor{i}@bench.1111.mn"), Roles.Supervisor, centre);
        }

        Add("cabsec@bench.1111.mn", Roles.Supervisor, secretariat);
        await db.SaveChangesAsync(cancellationToken);
    }
}
