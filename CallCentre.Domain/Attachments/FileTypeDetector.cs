using System.IO.Compression;
using System.Text;

namespace CallCentre.Domain.Attachments;

/// <summary>
/// Decides what a file is from its first bytes (magic numbers), never from its name or the browser's claim.
/// Only the audio, image and document formats a case needs are recognised; plain text and everything else is refused.
/// </summary>
public static class FileTypeDetector
{
    /// <summary>How many leading bytes <see cref="FromHeader"/> wants to see.</summary>
    public const int HeaderLength = 16;

    private const int MaxContentTypesLength = 256 * 1024;

    // ISO base media brands of audio (and audio-bearing MP4) files; HEIF/AVIF images share "ftyp" and are left out.
    private static readonly string[] Mp4Brands = ["M4A ", "M4B ", "mp41", "mp42", "isom", "iso2", "iso5", "iso6", "dash", "f4a "];

    public static DetectedFileType? FromHeader(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return DetectedFileType.Pdf;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return DetectedFileType.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return DetectedFileType.Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return DetectedFileType.Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8))
        {
            var format = head.Slice(8, 4);
            return format.SequenceEqual("WAVE"u8) ? DetectedFileType.Wav
                : format.SequenceEqual("WEBP"u8) ? DetectedFileType.WebP
                : null;
        }

        if (head.StartsWith("OggS"u8))
        {
            return DetectedFileType.Ogg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return DetectedFileType.WebM;
        }

        if (head.Length >= 12 && head.Slice(4, 4).SequenceEqual("ftyp"u8) && Mp4Brands.Contains(Encoding.ASCII.GetString(head.Slice(8, 4))))
        {
            return DetectedFileType.Mp4Audio;
        }

        if (IsId3Tag(head) || IsMpegLayer3Frame(head))
        {
            return DetectedFileType.Mp3;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            return DetectedFileType.ZipArchive;
        }

        return null;
    }

    /// <summary>
    /// A ZIP is accepted only as a Word or Excel document: it must hold <c>[Content_Types].xml</c> declaring the main part of one.
    /// Macro-enabled documents declare a different type and are refused.
    /// </summary>
    public static DetectedFileType? FromOfficeArchive(Stream archive)
    {
        try
        {
            using var zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
            var contentTypes = zip.GetEntry("[Content_Types].xml");
            if (contentTypes is null || contentTypes.Length is 0 or > MaxContentTypesLength)
            {
                return null;
            }

            using var reader = new StreamReader(contentTypes.Open(), Encoding.UTF8);
            var text = reader.ReadToEnd();
            return text.Contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", StringComparison.Ordinal) ? DetectedFileType.Docx
                : text.Contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", StringComparison.Ordinal) ? DetectedFileType.Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>An ID3v2 tag: "ID3", version 2–4, then a size in four 7-bit bytes.</summary>
    private static bool IsId3Tag(ReadOnlySpan<byte> head) =>
        head.Length >= 10 && head.StartsWith("ID3"u8) && head[3] is >= 2 and <= 4 && head[4] != 0xFF
        && (head[6] | head[7] | head[8] | head[9]) < 0x80;

    /// <summary>An MPEG audio frame header of Layer III (sync bits, a valid version, bitrate and sample rate).</summary>
    private static bool IsMpegLayer3Frame(ReadOnlySpan<byte> head)
    {
        if (head.Length < 4 || head[0] != 0xFF || (head[1] & 0xE0) != 0xE0)
        {
            return false;
        }

        var version = (head[1] >> 3) & 0x03;
        var layer = (head[1] >> 1) & 0x03;
        var bitrate = head[2] >> 4;
        var sampleRate = (head[2] >> 2) & 0x03;
        return version != 0x01 && layer == 0x01 && bitrate is not (0x00 or 0x0F) && sampleRate != 0x03;
    }
}
