namespace CallCentre.Domain.Attachments;

/// <summary>A file in the attachments folder: where, its hash and size, what it is, and whether this upload put it there.</summary>
public sealed record StoredFile(string RelativePath, string Sha256, long SizeBytes, DetectedFileType Type, bool CreatedNew);
