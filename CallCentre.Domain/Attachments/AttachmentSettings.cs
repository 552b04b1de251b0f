namespace CallCentre.Domain.Attachments;

/// <summary>The <c>Attachments</c> settings: where files are kept (outside the web root) and how large one may be.</summary>
public sealed class AttachmentSettings
{
    public const string Section = "Attachments";
    public const string DefaultFolder = "App_Data/attachments";
    public const int DefaultMaxFileSizeMegabytes = 25;

    /// <summary>The folder holding the files; the web app resolves a relative path against its content root.</summary>
    public string Folder { get; set; } = DefaultFolder;

    public int MaxFileSizeMegabytes { get; set; } = DefaultMaxFileSizeMegabytes;

    public long MaxFileSizeBytes => MaxFileSizeMegabytes * 1024L * 1024L;
}
