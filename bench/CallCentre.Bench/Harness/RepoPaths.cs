namespace CallCentre.Bench.Harness;

/// <summary>Finds the repository the bench runs in (the folder holding CallCentre.sln), wherever it is started from.</summary>
public static class RepoPaths
{
    public const string SolutionFile = "CallCentre.sln";

    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                {
                    return folder.FullName;
                }
            }
        }

        throw new BenchException($"Cannot find {SolutionFile} above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}; run the bench from the repository.");
    }
}
