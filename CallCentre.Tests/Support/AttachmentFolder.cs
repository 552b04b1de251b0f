namespace CallCentre.Tests.Support;

/// <summary>A temporary attachments folder, removed with everything in it when the test ends.</summary>
public sealed class AttachmentFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "callcentre-tests", $"attachments-{Guid.NewGuid():N}");

    /// <summary>Every file left in the folder, temporary ones included.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.Exists(Path) ? Directory.GetFiles(Path, "*", SearchOption.AllDirectories) : [];

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
