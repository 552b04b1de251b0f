using System.Diagnostics;
using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Bench.Harness;

/// <summary>
/// Gives one organisation's cases of the data set the spread of states a working inbox has — the generator leaves every
/// routed case Assigned — by real moves through <see cref="ActOnCase"/> at <see cref="BenchClock.NowUtc"/>: of its
/// <see cref="Cases"/> oldest cases, most acknowledged, many responded and some of those closed, some asked of the
/// citizen, a few reopened, a few with an extension requested. Idempotent: a case that is no longer Assigned has had its
/// moves, so a second call on the cached file does nothing.
/// </summary>
public static class InboxSpread
{
    public const int Cases = 2_000;

    private const string Response = "Таны хүсэлтийг хүлээн авч, асуудлыг шийдвэрлэлээ. Ус хангамж хэвийн болсон.";

    public static async Task EnsureAsync(BenchDbFactory factory, Actor officer, Actor supervisor, TextWriter output, CancellationToken cancellationToken)
    {
        List<Candidate> oldest;
        await using (var db = factory.CreateDbContext())
        {
            oldest = await db.Cases.AsNoTracking().Where(c => c.AssignedOrganisationId == officer.OrganisationId)
                .OrderBy(c => c.Id).Take(Cases)
                .Select(c => new Candidate(c.Id, c.Status, c.ConcurrencyStamp, c.RespondByUtc))
                .ToListAsync(cancellationToken);
        }

        var todo = oldest.Select((c, i) => (Case: c, Fate: i % 100)).Where(c => c.Case.Status == CaseStatus.Assigned).ToList();
        if (todo.Count == 0)
        {
            output.WriteLine($"  inbox spread: the {oldest.Count:N0} oldest cases of {BenchActors.AgencyCode} already have their moves");
            return;
        }

        output.WriteLine($"  inbox spread: moving {todo.Count:N0} of the {oldest.Count:N0} oldest cases of {BenchActors.AgencyCode} through ActOnCase (once per data file)…");
        var started = Stopwatch.GetTimestamp();
        var act = new ActOnCase(factory, BenchClock.Instance);
        var moves = 0;
        var done = 0;
        foreach (var (candidate, fate) in todo)
        {
            async Task<Guid> StepAsync(CaseMove move, Actor actor)
            {
                var result = await act.RunAsync(new ActOnCaseInput(move), actor, cancellationToken);
                if (!result.Succeeded)
                {
                    throw new BenchException($"{move.Action} on case {move.CaseId}: {result.Outcome} {result.RefusalKey} {string.Join(", ", result.Errors.Values)}");
                }

                moves++;
                return result.Current!.ConcurrencyStamp;
            }

            var id = candidate.Id;
            var stamp = await StepAsync(new AcknowledgeMove { CaseId = id, ExpectedStamp = candidate.Stamp }, officer);
            switch (fate)
            {
                case < 42:
                    // 42 %: responded; of those, 20 % closed, 2 % closed and reopened on a dispute, 2 % reopened before closing.
                    stamp = await StepAsync(new RespondMove { CaseId = id, ExpectedStamp = stamp, Text = Response, Resolution = Resolution.Resolved }, officer);
                    if (fate < 24 && fate is not (2 or 3))
                    {
                        stamp = await StepAsync(new CloseMove { CaseId = id, ExpectedStamp = stamp }, supervisor);
                    }

                    if (fate < 4)
                    {
                        await StepAsync(new ReopenMove { CaseId = id, ExpectedStamp = stamp, Reason = "Иргэн хариуг эсэргүүцсэн: ус дахин тасарсан." }, supervisor);
                    }

                    break;
                case < 52:
                    // 10 %: waiting for the citizen.
                    await StepAsync(new AskCitizenMove { CaseId = id, ExpectedStamp = stamp, Question = "Байрны орцны код болон холбогдох утасны дугаараа өгнө үү." }, officer);
                    break;
                case < 55:
                    // 3 %: an extension asked of the head.
                    await StepAsync(new RequestExtensionMove { CaseId = id, ExpectedStamp = stamp, UntilUtc = candidate.RespondByUtc!.Value.AddDays(7), Reason = "Шугам сүлжээний засвар хийгдэж байна." }, officer);
                    break;
                default:
                    // 45 %: acknowledged, in progress.
                    break;
            }

            if (++done % 500 == 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {done:N0} cases, {moves:N0} moves, {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s"));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  inbox spread: {moves:N0} moves in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s"));
    }

    private sealed record Candidate(int Id, CaseStatus Status, Guid Stamp, DateTime? RespondByUtc);
}
