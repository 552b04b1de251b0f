namespace CallCentre.Domain.Attachments;

/// <summary>The result of storing an upload: the stored file, or the message key saying why it was refused.</summary>
public sealed record StoreOutcome(StoredFile? File, string? Error)
{
    public static StoreOutcome Stored(StoredFile file) => new(file, null);

    public static StoreOutcome Refused(string error) => new(null, error);
}
