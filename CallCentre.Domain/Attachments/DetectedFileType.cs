namespace CallCentre.Domain.Attachments;

/// <summary>What the bytes of a file say it is: the MIME type it is served with and its kind.</summary>
public sealed record DetectedFileType(string ContentType, AttachmentKind Kind)
{
    public static readonly DetectedFileType Mp3 = new("audio/mpeg", AttachmentKind.Audio);
    public static readonly DetectedFileType Wav = new("audio/wav", AttachmentKind.Audio);
    public static readonly DetectedFileType Ogg = new("audio/ogg", AttachmentKind.Audio);
    public static readonly DetectedFileType Mp4Audio = new("audio/mp4", AttachmentKind.Audio);
    public static readonly DetectedFileType WebM = new("audio/webm", AttachmentKind.Audio);
    public static readonly DetectedFileType Jpeg = new("image/jpeg", AttachmentKind.Image);
    public static readonly DetectedFileType Png = new("image/png", AttachmentKind.Image);
    public static readonly DetectedFileType Gif = new("image/gif", AttachmentKind.Image);
    public static readonly DetectedFileType WebP = new("image/webp", AttachmentKind.Image);
    public static readonly DetectedFileType Pdf = new("application/pdf", AttachmentKind.Document);
    public static readonly DetectedFileType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", AttachmentKind.Document);
    public static readonly DetectedFileType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", AttachmentKind.Document);

    /// <summary>A ZIP archive: only an Office document once <see cref="FileTypeDetector.FromOfficeArchive"/> has looked inside.</summary>
    public static readonly DetectedFileType ZipArchive = new("application/zip", AttachmentKind.Document);
}
