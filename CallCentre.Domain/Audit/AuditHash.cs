using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CallCentre.Domain.Audit;

/// <summary>
/// The canonical form an entry's hash covers, so that an auditor can recompute the chain outside the app.
/// <para>
/// <c>Hash = lower-case hex( SHA-256( N(PreviousHash) N(Sequence) N(AtUtc) N(ActorId) N(ActorName) N(Action)
/// N(SubjectType) N(SubjectId) N(Before) N(After) N(Outcome) N(ClientAddress) ) )</c>, the twelve parts
/// concatenated in that order with nothing between them, where <c>N(s)</c> is the netstring of the UTF-8 bytes of
/// <c>s</c>: the byte count in ASCII decimal, <c>:</c>, the bytes, <c>,</c> (so <c>"Ёс"</c> is <c>4:Ёс,</c>; null and
/// the empty string are both <c>0:,</c>). PreviousHash is the previous entry's Hash as stored (64 lower-case hex
/// digits), and 64 zeros for sequence 1. Sequence is decimal without separators. AtUtc is
/// <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> (stored to the millisecond). Outcome is its name (<c>Succeeded</c>,
/// <c>Refused</c>, <c>Failed</c>). Before and After are hashed exactly as stored (canonical JSON written by
/// <see cref="AuditJson"/>), so nobody needs to re-serialise them. In Python:
/// <c>sha256(b"".join(b"%d:%s," % (len(b), b) for b in (f.encode() if f else b"" for f in fields))).hexdigest()</c>.
/// </para>
/// </summary>
public sealed class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    /// <summary>UTC to the whole millisecond, the precision every provider stores exactly.</summary>
    public static DateTime Normalise(DateTime atUtc)
    {
        var utc = atUtc.Kind == DateTimeKind.Utc ? atUtc : atUtc.ToUniversalTime();
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    /// <summary>The hash of an entry from its stored fields.</summary>
    public static string Compute(AuditEntry entry) =>
        new AuditHash().Compute(
            entry.PreviousHash, entry.Sequence, entry.AtUtc, entry.ActorId, entry.ActorName, entry.Action, entry.SubjectType,
            entry.SubjectId, entry.Before, entry.After, entry.Outcome, entry.ClientAddress);

    /// <summary>Hashes one entry's fields; reuses this instance's buffer, so one instance serves one thread.</summary>
    public string Compute(
        string previousHash, long sequence, DateTime atUtc, string? actorId, string? actorName, string action, string subjectType,
        string? subjectId, string? before, string? after, AuditOutcome outcome, string? clientAddress)
    {
        _buffer.ResetWrittenCount();
        Write(previousHash);
        WriteField(_buffer, sequence);
        WriteField(_buffer, atUtc);
        Write(actorId);
        Write(actorName);
        Write(action);
        Write(subjectType);
        Write(subjectId);
        Write(before);
        Write(after);
        Write(Name(outcome));
        Write(clientAddress);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }

    private static string Name(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Succeeded => nameof(AuditOutcome.Succeeded),
        AuditOutcome.Refused => nameof(AuditOutcome.Refused),
        AuditOutcome.Failed => nameof(AuditOutcome.Failed),
        _ => outcome.ToString(),
    };

    private void Write(string? value) => WriteField(_buffer, (value ?? "").AsSpan());

    /// <summary>Appends the netstring of <paramref name="value"/>'s UTF-8 bytes.</summary>
    internal static void WriteField(ArrayBufferWriter<byte> buffer, ReadOnlySpan<char> value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        var span = buffer.GetSpan(length + 12);
        var written = WriteLength(span, length);
        Encoding.UTF8.GetBytes(value, span[written..]);
        span[written + length] = (byte)',';
        buffer.Advance(written + length + 1);
    }

    /// <summary>Appends the netstring of bytes that are already UTF-8 (a text column as the database holds it).</summary>
    internal static void WriteField(ArrayBufferWriter<byte> buffer, ReadOnlySpan<byte> utf8)
    {
        var span = buffer.GetSpan(utf8.Length + 12);
        var written = WriteLength(span, utf8.Length);
        utf8.CopyTo(span[written..]);
        span[written + utf8.Length] = (byte)',';
        buffer.Advance(written + utf8.Length + 1);
    }

    /// <summary>Appends the netstring of <paramref name="sequence"/> in decimal.</summary>
    internal static void WriteField(ArrayBufferWriter<byte> buffer, long sequence)
    {
        Span<byte> digits = stackalloc byte[20];
        sequence.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        WriteField(buffer, digits[..written]);
    }

    /// <summary>Appends the netstring of <paramref name="atUtc"/> in the canonical form (to the millisecond, <c>Z</c>).</summary>
    internal static void WriteField(ArrayBufferWriter<byte> buffer, DateTime atUtc)
    {
        Span<byte> text = stackalloc byte[32];
        Normalise(atUtc).TryFormat(text, out var written, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        WriteField(buffer, text[..written]);
    }

    /// <summary>Writes the byte count and the colon; the span has room for them and the value.</summary>
    private static int WriteLength(Span<byte> span, int length)
    {
        length.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        span[written] = (byte)':';
        return written + 1;
    }
}
