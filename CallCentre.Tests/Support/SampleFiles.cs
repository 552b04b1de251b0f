using System.IO.Compression;
using System.Text;

namespace CallCentre.Tests.Support;

/// <summary>Tiny files that start the way real ones do, built in memory, for content-detection tests.</summary>
public static class SampleFiles
{
    public static byte[] Mp3WithId3Tag() => Pad([.. "ID3"u8, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, .. new byte[10], 0xFF, 0xFB, 0x90, 0x64]);

    public static byte[] Mp3Frame() => Pad([0xFF, 0xFB, 0x90, 0x64]);

    public static byte[] Wav() => Pad([.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WAVEfmt "u8, 0x10, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x40, 0x1F, 0x00, 0x00, 0x80, 0x3E, 0x00, 0x00, 0x02, 0x00, 0x10, 0x00, .. "data"u8]);

    public static byte[] Ogg() => Pad([.. "OggS"u8, 0x00, 0x02, .. new byte[20], 0x13, .. "OpusHead"u8]);

    public static byte[] M4a() => Pad([0x00, 0x00, 0x00, 0x20, .. "ftypM4A "u8, 0x00, 0x00, 0x00, 0x00, .. "M4A mp42isom"u8]);

    public static byte[] WebM() => Pad([0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, .. "webm"u8]);

    public static byte[] Jpeg() => Pad([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x01]);

    public static byte[] Png() => Pad([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06]);

    public static byte[] Gif() => Pad([.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00]);

    public static byte[] WebP() => Pad([.. "RIFF"u8, 0x1A, 0x00, 0x00, 0x00, .. "WEBPVP8L"u8, 0x0D, 0x00, 0x00, 0x00, 0x2F]);

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Docx() => OfficeArchive("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml");

    public static byte[] Xlsx() => OfficeArchive("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml");

    /// <summary>A Word document with macros: a ZIP with [Content_Types].xml, but not a type the centre accepts.</summary>
    public static byte[] Docm() => OfficeArchive("application/vnd.ms-word.document.macroEnabled.main+xml", "word/document.xml");

    /// <summary>A plain ZIP: starts like an Office file, has no [Content_Types].xml.</summary>
    public static byte[] PlainZip()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a document");
        }

        return memory.ToArray();
    }

    /// <summary>A Windows program: "MZ", then the DOS stub.</summary>
    public static byte[] Exe() => Pad([.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, .. "This program cannot be run in DOS mode."u8]);

    public static byte[] Text() => Encoding.UTF8.GetBytes("Иргэн утсаар ярьж, халуун ус тасарсан гэж мэдэгдэв. This is plain text, not a recording.\n");

    /// <summary>UTF-16 text: its byte-order mark FF FE looks like the start of an MPEG frame to a careless check.</summary>
    public static byte[] Utf16Text() => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("hello, not an mp3 at all")];

    /// <summary>Bytes that are all different from one call to the next, in a valid PNG wrapper.</summary>
    public static byte[] UniquePng() => [.. Png(), .. Guid.NewGuid().ToByteArray()];

    private static byte[] OfficeArchive(string mainContentType, string mainPart)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/{mainPart}\" ContentType=\"{mainContentType}\"/></Types>");
            Write(zip, mainPart, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><root/>");
        }

        return memory.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
        writer.Write(text);
    }

    private static byte[] Pad(byte[] head) => [.. head, .. new byte[Math.Max(0, 64 - head.Length)]];
}
