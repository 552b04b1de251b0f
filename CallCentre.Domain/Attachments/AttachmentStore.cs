using System.Security.Cryptography;

namespace CallCentre.Domain.Attachments;

/// <summary>
/// Keeps attachment bytes in the configured folder, named by their SHA-256 (<c>ab/cd/abcd….bin</c>) so that the same file is
/// stored once. A file is first written to a temporary name in the folder while it is counted and hashed, and only moved
/// into place once it is known to be acceptable; a refused or failed upload leaves nothing behind.
/// </summary>
public sealed class AttachmentStore(AttachmentSettings settings)
{
    private const string TempFolderName = "tmp";
    private const int BufferSize = 81920;

    /// <summary>The absolute folder the files live in.</summary>
    public string Folder { get; } = Path.GetFullPath(settings.Folder);

    public long MaxFileSizeBytes => settings.MaxFileSizeBytes;

    /// <summary>Reads the stream once, refusing it as soon as it is of an unaccepted type or grows past the size limit.</summary>
    public async Task<StoreOutcome> StoreAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var head = new byte[FileTypeDetector.HeaderLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (headLength == 0)
        {
            return StoreOutcome.Refused("Attachment.Empty");
        }

        var type = FileTypeDetector.FromHeader(head.AsSpan(0, headLength));
        if (type is null)
        {
            return StoreOutcome.Refused("Attachment.TypeNotAccepted");
        }

        var tempFolder = Path.Combine(Folder, TempFolderName);
        Directory.CreateDirectory(tempFolder);
        var tempPath = Path.Combine(tempFolder, $"{Guid.NewGuid():N}.part");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size;
            await using (var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                size = await CopyCountingAsync(head.AsMemory(0, headLength), content, file, hash, cancellationToken);
                if (size > MaxFileSizeBytes)
                {
                    return StoreOutcome.Refused("Attachment.TooLarge");
                }

                if (type == DetectedFileType.ZipArchive)
                {
                    file.Position = 0;
                    type = FileTypeDetector.FromOfficeArchive(file);
                    if (type is null)
                    {
                        return StoreOutcome.Refused("Attachment.TypeNotAccepted");
                    }
                }
            }

            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            var relativePath = RelativePathFor(sha256);
            var createdNew = MoveIntoPlace(tempPath, FullPath(relativePath));
            return StoreOutcome.Stored(new StoredFile(relativePath, sha256, size, type, createdNew));
        }
        finally
        {
            File.Delete(tempPath);
        }
    }

    /// <summary>The absolute path of a stored file; refuses a path that would lead outside the folder.</summary>
    public string FullPath(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Folder, relativePath));
        if (!full.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("An attachment path leads outside the attachments folder.");
        }

        return full;
    }

    /// <summary>Removes a stored file, used when the record that was to point at it could not be saved.</summary>
    public void Delete(string relativePath) => File.Delete(FullPath(relativePath));

    public static string RelativePathFor(string sha256) => string.Join('/', sha256[..2], sha256[2..4], sha256 + ".bin");

    private async Task<long> CopyCountingAsync(ReadOnlyMemory<byte> head, Stream content, Stream file, IncrementalHash hash, CancellationToken cancellationToken)
    {
        hash.AppendData(head.Span);
        await file.WriteAsync(head, cancellationToken);
        long size = head.Length;
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;

            // Counting what actually arrives is the only size that can be trusted; stop reading as soon as it is too much.
            if (size > MaxFileSizeBytes)
            {
                return size;
            }

            hash.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return size;
    }

    /// <summary>Moves the checked file to its hash-derived name; when that name exists, the same bytes are already stored.</summary>
    private static bool MoveIntoPlace(string tempPath, string finalPath)
    {
        if (File.Exists(finalPath))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
        try
        {
            File.Move(tempPath, finalPath, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(finalPath))
        {
            // Another upload of the same bytes got there first.
            return false;
        }
    }
}
