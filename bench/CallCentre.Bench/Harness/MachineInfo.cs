using System.Globalization;
using System.Runtime.InteropServices;

namespace CallCentre.Bench.Harness;

/// <summary>What the figures were measured on, printed before and after a scenario: on a shared machine the load says how far to trust them.</summary>
public static class MachineInfo
{
    public static string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {OperatingSystemName()}, {RuntimeInformation.FrameworkDescription}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {LoadAverage()}");

    /// <summary>The 1, 5 and 15 minute load averages on Linux; elsewhere a note that it is unknown.</summary>
    public static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path))
        {
            return "load average unknown";
        }

        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 ? $"load average {parts[0]} {parts[1]} {parts[2]}" : "load average unknown";
    }

    private static string OperatingSystemName()
    {
        const string osRelease = "/etc/os-release";
        if (File.Exists(osRelease))
        {
            var pretty = File.ReadLines(osRelease).FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
            if (pretty is not null)
            {
                return pretty["PRETTY_NAME=".Length..].Trim('"');
            }
        }

        return RuntimeInformation.OSDescription;
    }
}
