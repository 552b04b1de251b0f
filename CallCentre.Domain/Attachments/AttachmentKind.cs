namespace CallCentre.Domain.Attachments;

/// <summary>What a file attached to a case is, decided from its content, not its name.</summary>
public enum AttachmentKind
{
    Audio,
    Image,
    Document,
}
