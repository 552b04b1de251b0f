namespace CallCentre.Domain.Attachments;

/// <summary>A call recording, photo or document attached to a case; the bytes live outside the web root, identified by their SHA-256.</summary>
public sealed class Attachment
{
    public const int FileNameMaxLength = 200;
    public const int ContentTypeMaxLength = 100;
    public const int StoragePathMaxLength = 300;

    private Attachment()
    {
    }

    public Attachment(int caseId, string fileName, string contentType, AttachmentKind kind, long sizeBytes, string sha256, string storagePath, string uploadedById, DateTime uploadedAtUtc)
    {
        var name = Path.GetFileName(fileName?.Trim() ?? "");
        if (name.Length is 0 or > FileNameMaxLength)
        {
            throw new DomainException("Attachment.FileNameInvalid");
        }

        if (sizeBytes <= 0)
        {
            throw new DomainException("Attachment.Empty");
        }

        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new DomainException("Attachment.HashInvalid");
        }

        CaseId = caseId;
        FileName = name;
        ContentType = contentType;
        Kind = kind;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        StoragePath = storagePath;
        UploadedById = uploadedById;
        UploadedAtUtc = uploadedAtUtc;
    }

    public int Id { get; private set; }

    public int CaseId { get; private set; }

    /// <summary>The name the file had on the uploader's machine, without any folder.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>The MIME type detected from the content.</summary>
    public string ContentType { get; private set; } = "";

    public AttachmentKind Kind { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the bytes, computed as they were stored; also the stored file's name, so identical files are kept once.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>Path relative to the configured attachments folder.</summary>
    public string StoragePath { get; private set; } = "";

    public string UploadedById { get; private set; } = "";

    public DateTime UploadedAtUtc { get; private set; }

    /// <summary>When a supervisor released this photo or document of a confidential case to the agency; null while sealed.</summary>
    public DateTime? ReleasedAtUtc { get; private set; }

    public string? ReleasedById { get; private set; }

    /// <summary>
    /// A supervisor lets the agency handling a confidential case see this photo or document (having checked it, or
    /// replaced it with a redacted copy). A recording is never released: a caller's voice identifies them.
    /// </summary>
    public void Release(Accounts.Actor actor, DateTime nowUtc)
    {
        if (!actor.IsIn(Accounts.Roles.Supervisor))
        {
            throw new DomainException("Case.NotAllowedForRole");
        }

        if (Kind == AttachmentKind.Audio)
        {
            throw new DomainException("Attachment.RecordingNeverReleased");
        }

        if (ReleasedAtUtc is not null)
        {
            throw new DomainException("Attachment.AlreadyReleased");
        }

        ReleasedAtUtc = nowUtc;
        ReleasedById = actor.UserId;
    }
}
