using System.Diagnostics;
using System.Text;

namespace CallCentre.Tests.Support;

/// <summary>
/// The built web app (CallCentre.Web.dll beside the tests) run as a real child process, the way an operator starts it.
/// The process is killed if it outlives the timeout.
/// </summary>
public static class AppProcess
{
    public static string WebDll => Path.Combine(AppContext.BaseDirectory, "CallCentre.Web.dll");

    /// <summary>Runs the app to its end; settings become environment variables (Database__Provider etc.).</summary>
    public static async Task<AppRun> RunToExitAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        using var process = new Process { StartInfo = StartInfo(environment, arguments) };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);

        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new AppRun(null, Lines(output));
        }

        // WaitForExit without a timeout also waits for the redirected streams to be drained.
        await process.WaitForExitAsync();
        return new AppRun(process.ExitCode, Lines(output));
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(WebDll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The child sees only what the test says, not what the developer's shell happens to have set.
        foreach (var key in info.Environment.Keys.Where(IsAppSetting).ToList())
        {
            info.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    private static bool IsAppSetting(string key) =>
        key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
        || key.Contains("__", StringComparison.Ordinal);

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string[] Lines(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
    }
}
