using System.IO.Compression;
using System.Text;

namespace CallCentre.Tests.Web.Fuzz;

/// <summary>A seeded generator of malformed and oversized values: the same seed gives the same run.</summary>
public sealed class HostileInput(int seed)
{
    private static readonly string[] _nasty =
    [
        "", " ", "\0", "\u200B", "\uFEFF", "\uD800", "\r\n\t", "<script>alert(1)</script>", "' OR 1=1 --", "\"; DROP TABLE Cases; --",
        "../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "%s%s%s%n", "${jndi:ldap://x}", "NaN", "-1", "0", "2147483648",
        "99999999999999999999", "1e309", "０１２３", "٣٤٥", "Өө Үү Ёё", "АБВГД", "ＡＢＣ", "\u202Eevil.exe\u202C.txt", "CON", "nul.txt",
        "a\nb\rc", "😀😀😀", "\u0301\u0301\u0301", "null", "undefined", "true",
    ];

    public Random Random { get; } = new(seed);

    /// <summary>A hostile string: a known bad value, random Unicode, control characters or something very long.</summary>
    public string? Text(int typical = 40) => Random.Next(12) switch
    {
        0 => null,
        1 => _nasty[Random.Next(_nasty.Length)],
        2 => new string('я', Random.Next(1_000, 200_000)),
        3 => RandomUnicode(Random.Next(1, typical * 3)),
        4 => string.Concat(Enumerable.Range(0, Random.Next(1, 20)).Select(_ => (char)Random.Next(0, 32))),
        5 => new string(' ', Random.Next(1, 5_000)),
        6 => _nasty[Random.Next(_nasty.Length)] + RandomUnicode(Random.Next(0, typical)),
        _ => RandomUnicode(Random.Next(0, typical)),
    };

    public int? Id(int highest) => Random.Next(8) switch
    {
        0 => null,
        1 => int.MinValue,
        2 => int.MaxValue,
        3 => -Random.Next(1, 1000),
        4 => 0,
        _ => Random.Next(1, highest + 50),
    };

    public double? Coordinate() => Random.Next(6) switch
    {
        0 => double.NaN,
        1 => double.PositiveInfinity,
        2 => double.MaxValue,
        3 => null,
        _ => (Random.NextDouble() * 400) - 200,
    };

    public DateOnly Date() => Random.Next(5) switch
    {
        0 => DateOnly.MinValue,
        1 => DateOnly.MaxValue,
        _ => new DateOnly(2026, 1, 1).AddDays(Random.Next(-4_000, 4_000)),
    };

    public T Enum<T>()
        where T : struct, System.Enum =>
        Random.Next(4) == 0 ? (T)(object)Random.Next(-5, 100) : System.Enum.GetValues<T>()[Random.Next(System.Enum.GetValues<T>().Length)];

    /// <summary>An upload's bytes: truncated files, wrong magic bytes, ZIP bombs dressed as .docx and .xlsx, noise.</summary>
    public (string Kind, byte[] Bytes) File(IReadOnlyList<byte[]> samples, byte[] zipBomb)
    {
        var sample = samples[Random.Next(samples.Count)];
        switch (Random.Next(8))
        {
            case 0:
                return ("truncated", sample[..Random.Next(0, sample.Length)]);
            case 1:
                var wrong = (byte[])sample.Clone();
                for (var i = 0; i < Math.Min(8, wrong.Length); i++)
                {
                    wrong[i] = (byte)Random.Next(256);
                }

                return ("wrong-magic", wrong);
            case 2:
                return ("zip-bomb", zipBomb);
            case 3:
                var noise = new byte[Random.Next(0, 64 * 1024)];
                Random.NextBytes(noise);
                return ("noise", noise);
            case 4:
                return ("empty", []);
            case 5:
                // A valid header followed by another file's body.
                return ("spliced", [.. sample.Take(16), .. samples[Random.Next(samples.Count)].Skip(16)]);
            default:
                return ("sample", sample);
        }
    }

    public string? FileName() => Random.Next(6) switch
    {
        0 => new string('x', Random.Next(256, 100_000)) + ".docx",
        1 => Text(),
        2 => "report.docx",
        3 => "table.xlsx",
        4 => "..\\..\\" + Text(10) + ".pdf",
        _ => RandomUnicode(Random.Next(1, 30)) + "." + RandomUnicode(Random.Next(0, 5)),
    };

    /// <summary>A .docx or .xlsx whose [Content_Types].xml (and a part) inflate from a few kilobytes to hundreds of megabytes.</summary>
    public static byte[] ZipBomb(string mainPart)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", mainPart })
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                var zeros = new byte[1024 * 1024];
                for (var i = 0; i < 200; i++)
                {
                    entry.Write(zeros);
                }
            }
        }

        return memory.ToArray();
    }

    private string RandomUnicode(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(Random.Next(5) switch
            {
                0 => (char)Random.Next(0x0400, 0x0500),
                1 => (char)Random.Next(0x20, 0x7F),
                2 => (char)Random.Next(0, 0x20),
                3 => (char)Random.Next(0xD800, 0xE000),
                _ => (char)Random.Next(0, 0x10000),
            });
        }

        return text.ToString();
    }
}
