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
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        HashInto(hash, previousHash, sequence, atUtc, actorId, actorName, action, subjectType, subjectId, before, after, Name(outcome), clientAddress);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The hash of fields as stored (the outcome as its stored text), to report what was expected.</summary>
    public string Recompute(
        string previousHash, long sequence, DateTime atUtc, string? actorId, string? actorName, string action, string subjectType,
        string? subjectId, string? before, string? after, string outcome, string? clientAddress)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        HashInto(hash, previousHash, sequence, atUtc, actorId, actorName, action, subjectType, subjectId, before, after, outcome, clientAddress);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Whether <paramref name="storedHash"/> is the hash of the other fields; allocates nothing.</summary>
    public bool Matches(
        string storedHash, string previousHash, long sequence, DateTime atUtc, string? actorId, string? actorName, string action, string subjectType,
        string? subjectId, string? before, string? after, string outcome, string? clientAddress)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        HashInto(hash, previousHash, sequence, atUtc, actorId, actorName, action, subjectType, subjectId, before, after, outcome, clientAddress);
        Span<byte> stored = stackalloc byte[SHA256.HashSizeInBytes];
        return storedHash.Length == 2 * SHA256.HashSizeInBytes
            && !storedHash.AsSpan().ContainsAnyInRange('A', 'Z')
            && Convert.FromHexString(storedHash, stored, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == SHA256.HashSizeInBytes
            && hash.SequenceEqual(stored);
    }

    private void HashInto(
        Span<byte> hash, string previousHash, long sequence, DateTime atUtc, string? actorId, string? actorName, string action, string subjectType,
        string? subjectId, string? before, string? after, string outcome, string? clientAddress)
    {
        _buffer.ResetWrittenCount();
        Write(previousHash);
        Span<char> text = stackalloc char[32];
        sequence.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        Write(text[..written]);
        Normalise(atUtc).TryFormat(text, out written, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        Write(text[..written]);
        Write(actorId);
        Write(actorName);
        Write(action);
        Write(subjectType);
        Write(subjectId);
        Write(before);
        Write(after);
        Write(outcome);
        Write(clientAddress);
        SHA256.HashData(_buffer.WrittenSpan, hash);
    }

    private static string Name(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Succeeded => nameof(AuditOutcome.Succeeded),
        AuditOutcome.Refused => nameof(AuditOutcome.Refused),
        AuditOutcome.Failed => nameof(AuditOutcome.Failed),
        _ => outcome.ToString(),
    };

    private void Write(string? value) => Write((value ?? "").AsSpan());

    private void Write(ReadOnlySpan<char> value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Span<byte> digits = stackalloc byte[20];
        length.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        _buffer.Write(digits[..written]);
        _buffer.Write(":"u8);
        var span = _buffer.GetSpan(length);
        Encoding.UTF8.GetBytes(value, span);
        _buffer.Advance(length);
        _buffer.Write(","u8);
    }
}
