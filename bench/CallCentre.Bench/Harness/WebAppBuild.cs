using System.Diagnostics;

namespace CallCentre.Bench.Harness;

/// <summary>
/// The Release build of CallCentre.Web that server scenarios start. The bench measures what is built: it builds
/// only when the dll is missing, and says so when the sources look newer than the build.
/// </summary>
public sealed record WebAppBuild(string ProjectDirectory, string DllPath)
{
    private const string Project = "CallCentre.Web";
    private static readonly string[] _sourcePatterns = ["*.cs", "*.razor", "*.json", "*.resx", "*.csproj", "*.css"];

    public static async Task<WebAppBuild> EnsureReleaseAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var projectDirectory = RepoPaths.Combine(Project);
        var dll = Path.Combine(projectDirectory, "bin", "Release", "net10.0", Project + ".dll");
        if (!File.Exists(dll))
        {
            output.WriteLine($"{Project} has no Release build; running dotnet build -c Release {Project} once…");
            await BuildAsync(projectDirectory, cancellationToken);
            if (!File.Exists(dll))
            {
                throw new BenchException($"dotnet build succeeded but {dll} is still missing.");
            }
        }
        else if (NewestSource() > File.GetLastWriteTimeUtc(dll))
        {
            output.WriteLine($"note: sources changed after the Release build of {Project}; run `dotnet build -c Release {Project}` to measure the current code.");
        }

        return new WebAppBuild(projectDirectory, dll);
    }

    private static async Task BuildAsync(string projectDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "build", "-c", "Release", "-nologo", "-v", "q", Path.Combine(projectDirectory, Project + ".csproj") },
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var build = Process.Start(start) ?? throw new BenchException("Could not start dotnet build.");
        var stdout = build.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = build.StandardError.ReadToEndAsync(cancellationToken);
        await build.WaitForExitAsync(cancellationToken);
        if (build.ExitCode != 0)
        {
            throw new BenchException($"dotnet build -c Release {Project} failed (exit {build.ExitCode}):\n{await stdout}{await stderr}");
        }
    }

    private static DateTime NewestSource() =>
        new[] { Project, "CallCentre.Domain" }
            .SelectMany(folder => _sourcePatterns.SelectMany(pattern =>
                Directory.EnumerateFiles(RepoPaths.Combine(folder), pattern, SearchOption.AllDirectories)))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.GetLastWriteTimeUtc)
            .DefaultIfEmpty(DateTime.MinValue)
            .Max();
}
