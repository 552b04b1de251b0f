namespace CallCentre.Tests.Support;

/// <summary>The folder holding CallCentre.sln, found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CallCentre.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("CallCentre.sln not found above " + AppContext.BaseDirectory);
    }
}
