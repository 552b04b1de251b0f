using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CallCentre.Bench.Harness;

/// <summary>
/// Builds the one machine-readable line that ends each measurement:
/// <c>RESULT scenario=&lt;name&gt; [case=&lt;what&gt;] key=value ...</c>, numbers in invariant culture.
/// Common keys: p50_ms, p95_ms, wall_s, peak_mb, ratio (the figure divided by its baseline measured in the same run).
/// </summary>
public sealed partial class ResultLine
{
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    private ResultLine(string scenario, string? caseName)
    {
        Add("scenario", scenario);
        if (caseName is not null)
        {
            Add("case", caseName);
        }
    }

    public static ResultLine For(string scenario, string? caseName = null) => new(scenario, caseName);

    /// <summary>The usual figures of a measurement: runs, p50_ms, p95_ms, wall_s and the bench process's peak_mb.</summary>
    public static ResultLine For(string scenario, string? caseName, Measurement measurement) =>
        For(scenario, caseName)
            .Add("runs", measurement.Runs)
            .Add("p50_ms", measurement.P50Ms, 1)
            .Add("p95_ms", measurement.P95Ms, 1)
            .Add("wall_s", measurement.Wall.TotalSeconds, 2)
            .Add("peak_mb", measurement.PeakMb, 1);

    public ResultLine Add(string key, string value)
    {
        if (!KeyPattern().IsMatch(key))
        {
            throw new ArgumentException($"RESULT key '{key}' must be lower case letters, digits and underscores.", nameof(key));
        }

        if (value.Length == 0 || value.Any(c => char.IsWhiteSpace(c) || c == '='))
        {
            throw new ArgumentException($"RESULT value '{value}' of {key} must be non-empty without spaces or '='.", nameof(value));
        }

        // A key given twice keeps its last value: a scenario may replace a default figure (peak_mb of a child process).
        _pairs.RemoveAll(p => p.Key == key);
        _pairs.Add(new(key, value));
        return this;
    }

    public ResultLine Add(string key, long value) => Add(key, value.ToString(CultureInfo.InvariantCulture));

    public ResultLine Add(string key, double value, int decimals)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"RESULT value of {key} is not a finite number.", nameof(value));
        }

        return Add(key, value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
    }

    /// <summary>Adds ratio = figure / baseline with two decimals.</summary>
    public ResultLine Ratio(double figure, double baseline) =>
        baseline > 0 ? Add("ratio", figure / baseline, 2) : throw new ArgumentException("The baseline must be positive.", nameof(baseline));

    public override string ToString()
    {
        var line = new StringBuilder("RESULT");
        foreach (var (key, value) in _pairs)
        {
            line.Append(' ').Append(key).Append('=').Append(value);
        }

        return line.ToString();
    }

    public void WriteTo(TextWriter output) => output.WriteLine(ToString());

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex KeyPattern();
}
