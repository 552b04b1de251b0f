using System.Diagnostics;
using System.Globalization;

namespace CallCentre.Bench.Harness;

/// <summary>Peak and current resident memory of a process, in MB (MiB), from /proc on Linux and from <see cref="Process"/> elsewhere.</summary>
public readonly record struct ProcessMemory(double PeakMb, double ResidentMb)
{
    private const double BytesPerMb = 1024 * 1024;

    /// <summary>This process: VmHWM and VmRSS.</summary>
    public static ProcessMemory Self() => Of(Environment.ProcessId);

    /// <summary>Another process, read while it still runs (its /proc entry goes when it exits).</summary>
    public static ProcessMemory Of(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (OperatingSystem.IsLinux() && File.Exists(status))
        {
            var peak = 0d;
            var resident = 0d;
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line);
                }
                else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    resident = Kilobytes(line);
                }
            }

            return new ProcessMemory(peak / 1024, resident / 1024);
        }

        using var process = Process.GetProcessById(processId);
        return new ProcessMemory(process.PeakWorkingSet64 / BytesPerMb, process.WorkingSet64 / BytesPerMb);
    }

    /// <summary>
    /// Resets this process's VmHWM to its current resident size (Linux: "5" to /proc/self/clear_refs), so that
    /// a measurement reports its own peak rather than that of earlier set-up; false where that is not possible.
    /// </summary>
    public static bool TryResetPeak()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // "VmHWM:	  123456 kB"
    private static double Kilobytes(string line)
    {
        var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && double.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
    }
}
