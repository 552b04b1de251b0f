using System.Globalization;

namespace CallCentre.Bench.Harness;

/// <summary>The command line: <c>&lt;scenario&gt; [--cases N] [--runs N] [--warmup N]</c>.</summary>
public sealed record BenchOptions(string? Scenario, int? Cases, int Runs, int Warmup)
{
    public const int DefaultRuns = 5;
    public const int DefaultWarmup = 1;

    public static string Usage { get; } =
        "usage: dotnet run -c Release --project bench/CallCentre.Bench -- <scenario>|list [--cases N] [--runs N] [--warmup N]\n" +
        "  --cases N   size of the data set the scenario works on (scenarios that generate data)\n" +
        $"  --runs N    measured repetitions (default {DefaultRuns})\n" +
        $"  --warmup N  unmeasured repetitions before them (default {DefaultWarmup})";

    /// <summary>The number of cases, or the scenario's own default when none was given.</summary>
    public int CasesOr(int fallback) => Cases ?? fallback;

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        string? scenario = null;
        int? cases = null;
        var runs = DefaultRuns;
        var warmup = DefaultWarmup;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--cases":
                    cases = Number(args, ++i, arg, minimum: 1);
                    break;
                case "--runs":
                    runs = Number(args, ++i, arg, minimum: 1);
                    break;
                case "--warmup":
                    warmup = Number(args, ++i, arg, minimum: 0);
                    break;
                case "-h" or "--help":
                    scenario = "list";
                    break;
                default:
                    if (arg.StartsWith('-') || scenario is not null)
                    {
                        throw new ArgumentException($"Unexpected argument '{arg}'.");
                    }

                    scenario = arg;
                    break;
            }
        }

        return new BenchOptions(scenario, cases, runs, warmup);
    }

    private static int Number(IReadOnlyList<string> args, int index, string name, int minimum)
    {
        if (index >= args.Count)
        {
            throw new ArgumentException($"{name} needs a number.");
        }

        // Accepts 1000000, 1_000_000 and 1e6 so that big case counts are easy to type.
        var text = args[index].Replace("_", "", StringComparison.Ordinal);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || value != Math.Floor(value) || value < minimum || value > int.MaxValue)
        {
            throw new ArgumentException($"{name} must be a whole number of at least {minimum}, not '{args[index]}'.");
        }

        return (int)value;
    }
}
