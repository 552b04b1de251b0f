using CallCentre.Domain.Attachments;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Domain.Attachments;

public sealed class FileTypeDetectorTests
{
    public static TheoryData<string, string, AttachmentKind> AcceptedFiles => new()
    {
        { nameof(SampleFiles.Mp3WithId3Tag), "audio/mpeg", AttachmentKind.Audio },
        { nameof(SampleFiles.Mp3Frame), "audio/mpeg", AttachmentKind.Audio },
        { nameof(SampleFiles.Wav), "audio/wav", AttachmentKind.Audio },
        { nameof(SampleFiles.Ogg), "audio/ogg", AttachmentKind.Audio },
        { nameof(SampleFiles.M4a), "audio/mp4", AttachmentKind.Audio },
        { nameof(SampleFiles.WebM), "audio/webm", AttachmentKind.Audio },
        { nameof(SampleFiles.Jpeg), "image/jpeg", AttachmentKind.Image },
        { nameof(SampleFiles.Png), "image/png", AttachmentKind.Image },
        { nameof(SampleFiles.Gif), "image/gif", AttachmentKind.Image },
        { nameof(SampleFiles.WebP), "image/webp", AttachmentKind.Image },
        { nameof(SampleFiles.Pdf), "application/pdf", AttachmentKind.Document },
        { nameof(SampleFiles.Docx), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", AttachmentKind.Document },
        { nameof(SampleFiles.Xlsx), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", AttachmentKind.Document },
    };

    public static TheoryData<string> RefusedFiles => new()
    {
        nameof(SampleFiles.Exe),
        nameof(SampleFiles.Text),
        nameof(SampleFiles.Utf16Text),
        nameof(SampleFiles.PlainZip),
        nameof(SampleFiles.Docm),
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public void Detect_AcceptedFormat_IsRecognisedByItsContent(string sample, string contentType, AttachmentKind kind)
    {
        var detected = Detect(Sample(sample));

        Assert.Equal(new DetectedFileType(contentType, kind), detected);
    }

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public void Detect_AnythingElse_IsNotRecognised(string sample)
    {
        Assert.Null(Detect(Sample(sample)));
    }

    [Fact]
    public void Detect_RiffThatIsNeitherWaveNorWebP_IsNotRecognised()
    {
        byte[] avi = [.. "RIFF"u8, 0x00, 0x00, 0x00, 0x00, .. "AVI LIST"u8, 0x00, 0x00, 0x00, 0x00];

        Assert.Null(FileTypeDetector.FromHeader(avi));
    }

    [Fact]
    public void Detect_HeifImage_IsNotTakenForMp4Audio()
    {
        byte[] heic = [0x00, 0x00, 0x00, 0x18, .. "ftypheic"u8, 0x00, 0x00, 0x00, 0x00, .. "mif1heic"u8];

        Assert.Null(FileTypeDetector.FromHeader(heic));
    }

    internal static byte[] Sample(string name) =>
        (byte[])typeof(SampleFiles).GetMethod(name)!.Invoke(null, null)!;

    private static DetectedFileType? Detect(byte[] bytes)
    {
        var type = FileTypeDetector.FromHeader(bytes.AsSpan(0, Math.Min(bytes.Length, FileTypeDetector.HeaderLength)));
        if (type != DetectedFileType.ZipArchive)
        {
            return type;
        }

        using var stream = new MemoryStream(bytes);
        return FileTypeDetector.FromOfficeArchive(stream);
    }
}
