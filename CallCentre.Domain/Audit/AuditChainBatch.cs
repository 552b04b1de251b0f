using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace CallCentre.Domain.Audit;

/// <summary>
/// Up to <see cref="Capacity"/> consecutive entries as the exact bytes their hashes cover (<see cref="AuditHash"/>),
/// each followed by its stored hash: a reader fills it on one thread, <see cref="Check"/> walks it on another, and it
/// is reused, so a whole chain passes through a few of these without allocating per entry.
/// </summary>
internal sealed class AuditChainBatch
{
    public const int Capacity = VerifyAuditChain.BatchSize;

    private static ReadOnlySpan<byte> HexDigits => "0123456789abcdef"u8;

    private readonly ArrayBufferWriter<byte> _bytes = new(4 << 20);
    private readonly long[] _sequences = new long[Capacity];
    private readonly int[] _starts = new int[Capacity];
    private readonly int[] _previousStarts = new int[Capacity];
    private readonly int[] _previousLengths = new int[Capacity];
    private readonly int[] _hashStarts = new int[Capacity];
    private readonly int[] _ends = new int[Capacity];

    public int Count { get; private set; }

    public bool IsFull => Count == Capacity;

    public void Clear()
    {
        _bytes.ResetWrittenCount();
        Count = 0;
    }

    /// <summary>Starts an entry: its previous hash and sequence, the first two fields hashed.</summary>
    public void Begin(long sequence, ReadOnlySpan<byte> previousHash)
    {
        _sequences[Count] = sequence;
        _starts[Count] = _bytes.WrittenCount;
        AuditHash.WriteField(_bytes, previousHash);
        _previousStarts[Count] = _bytes.WrittenCount - previousHash.Length - 1;
        _previousLengths[Count] = previousHash.Length;
        AuditHash.WriteField(_bytes, sequence);
    }

    public void Begin(long sequence, string previousHash) => Begin(sequence, Encoding.UTF8.GetBytes(previousHash));

    /// <summary>The next field in the canonical order, as stored UTF-8 (empty for null).</summary>
    public void Add(ReadOnlySpan<byte> utf8) => AuditHash.WriteField(_bytes, utf8);

    public void Add(string? text) => AuditHash.WriteField(_bytes, (text ?? "").AsSpan());

    public void Add(DateTime atUtc) => AuditHash.WriteField(_bytes, atUtc);

    /// <summary>Ends the entry with the hash stored beside it, as stored.</summary>
    public void End(ReadOnlySpan<byte> storedHash)
    {
        _hashStarts[Count] = _bytes.WrittenCount;
        _bytes.Write(storedHash);
        _ends[Count] = _bytes.WrittenCount;
        Count++;
    }

    public void End(string storedHash) => End(Encoding.UTF8.GetBytes(storedHash));

    /// <summary>
    /// Walks the entries in order from where <paramref name="chain"/> stands and returns the first broken link, or
    /// null with <paramref name="chain"/> moved past the batch. The order of the checks per entry is the order of the
    /// verdicts: a missing entry, then a link to something other than the previous hash, then altered content.
    /// </summary>
    /// <param name="sha256">Reused for every entry: cheaper than a one-shot hash per entry.</param>
    public AuditBreak? Check(AuditChainPosition chain, IncrementalHash sha256)
    {
        var bytes = _bytes.WrittenSpan;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> hex = stackalloc byte[2 * SHA256.HashSizeInBytes];
        for (var i = 0; i < Count; i++)
        {
            var sequence = _sequences[i];
            chain.Saw(sequence);
            if (sequence != chain.Last + 1)
            {
                return Gap(chain.Last + 1, sequence);
            }

            var previous = bytes.Slice(_previousStarts[i], _previousLengths[i]);
            if (!chain.Links(previous))
            {
                return new AuditBreak(sequence, AuditBreakKind.PreviousHashMismatch, chain.HeadText, Encoding.UTF8.GetString(previous));
            }

            sha256.AppendData(bytes[_starts[i].._hashStarts[i]]);
            sha256.GetHashAndReset(hash);
            ToLowerHex(hash, hex);
            var stored = bytes[_hashStarts[i].._ends[i]];
            if (!stored.SequenceEqual(hex))
            {
                return new AuditBreak(sequence, AuditBreakKind.HashMismatch, Encoding.UTF8.GetString(hex), Encoding.UTF8.GetString(stored));
            }

            chain.Advance(sequence, hex);
        }

        return null;
    }

    private static void ToLowerHex(ReadOnlySpan<byte> value, Span<byte> hex)
    {
        for (var i = 0; i < value.Length; i++)
        {
            hex[2 * i] = HexDigits[value[i] >> 4];
            hex[(2 * i) + 1] = HexDigits[value[i] & 0xF];
        }
    }

    /// <summary>Entry <paramref name="expected"/> is missing: the next one found is <paramref name="found"/>.</summary>
    public static AuditBreak Gap(long expected, long found) => new(expected, AuditBreakKind.Gap, Number(expected), Number(found));

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
