using CallCentre.Domain;

namespace CallCentre.Tests.Web.Fuzz;

/// <summary>What one hostile call came to: accepted with the rows it should add, or refused with its message keys.</summary>
public sealed record Outcome(bool IsAccepted, RowDelta Expected, IReadOnlyCollection<string> Keys, string? Note)
{
    public static Outcome Accepted(int cases = 0, int events = 0, int attachments = 0, int reports = 0) =>
        new(true, new RowDelta(cases, events, attachments, reports), [], null);

    public static Outcome Refused(IEnumerable<string> keys, string? note = null) => new(false, default, [.. keys], note);
}

/// <summary>Counts the inputs by door and outcome, and the failures: a server error, a partial write, a refusal without a readable message.</summary>
public sealed class Tally(HashSet<string> messageKeys)
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public List<string> Failures { get; } = [];

    public int Total { get; private set; }

    public void Count(string door, string outcome)
    {
        Total++;
        var key = $"{door}: {outcome}";
        _counts[key] = _counts.GetValueOrDefault(key) + 1;
    }

    public void Fail(string failure)
    {
        Total++;
        Failures.Add(failure);
    }

    /// <summary>Runs one call and checks what it wrote against what it answered.</summary>
    public async Task RunAsync(string door, RowCounts rows, Func<Task<Outcome>> call)
    {
        var before = await rows.ReadAsync();
        Outcome outcome;
        try
        {
            outcome = await call();
        }
        catch (DomainException ex)
        {
            outcome = Outcome.Refused([ex.MessageKey]);
        }
#pragma warning disable CA1031 // Anything else is what the harness is looking for: a server error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Fail($"{door}: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
            return;
        }

        var written = (await rows.ReadAsync()) - before;
        if (outcome.IsAccepted)
        {
            if (written.Cases != outcome.Expected.Cases || written.Attachments != outcome.Expected.Attachments || written.Reports != outcome.Expected.Reports
                || written.Events < outcome.Expected.Events)
            {
                Fail($"{door}: accepted but wrote {written}, expected {outcome.Expected}");
                return;
            }

            Count(door, "accepted");
            return;
        }

        if (written != default)
        {
            Fail($"{door}: refused ({string.Join(", ", outcome.Keys)}) but wrote {written}");
            return;
        }

        var unreadable = outcome.Keys.Where(k => !messageKeys.Contains(k)).ToList();
        if (outcome.Note is null && (outcome.Keys.Count == 0 || unreadable.Count > 0))
        {
            Fail($"{door}: refused without a readable message ({string.Join(", ", unreadable)})");
            return;
        }

        Count(door, outcome.Note ?? "refused with a message");
    }

    public string Summary() =>
        $"{Total} sent, {Failures.Count} failures — " + string.Join("; ", _counts.Select(c => $"{c.Key} {c.Value}"));
}
