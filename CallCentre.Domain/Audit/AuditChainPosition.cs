using System.Text;

namespace CallCentre.Domain.Audit;

/// <summary>
/// How far one walk has come: the last intact entry's sequence and hash. A walk of the whole chain starts before
/// sequence 1 at the genesis hash; a walk of its second half starts after the middle not knowing the hash there, so
/// it keeps what its first entry links to for <see cref="VerifyAuditChain"/> to check against the first half's end.
/// </summary>
internal sealed class AuditChainPosition
{
    private readonly byte[] _head = new byte[AuditHash.Genesis.Length];
    private bool _headKnown;

    private AuditChainPosition(long last) => Last = last;

    public static AuditChainPosition Start()
    {
        var start = new AuditChainPosition(0) { _headKnown = true };
        Encoding.ASCII.GetBytes(AuditHash.Genesis, start._head);
        return start;
    }

    public static AuditChainPosition After(long sequence) => new(sequence);

    public long Last { get; private set; }

    /// <summary>Entries found intact by this walk.</summary>
    public long Checked { get; private set; }

    /// <summary>The sequence of the first entry this walk read, if any.</summary>
    public long? FirstSequence { get; private set; }

    /// <summary>What the first entry of a walk that started after the middle links to (null for a walk from the start).</summary>
    public byte[]? FirstPreviousHash { get; private set; }

    public ReadOnlySpan<byte> Head => _head;

    public string HeadText => Encoding.ASCII.GetString(_head);

    /// <summary>The last intact entry's hash; null when the walk found none intact.</summary>
    public string? HeadHash => Checked == 0 ? null : HeadText;

    public void Saw(long sequence) => FirstSequence ??= sequence;

    /// <summary>Whether an entry linking to <paramref name="previousHash"/> may follow; the first entry after the middle is kept for later.</summary>
    public bool Links(ReadOnlySpan<byte> previousHash)
    {
        if (_headKnown)
        {
            return previousHash.SequenceEqual(_head);
        }

        FirstPreviousHash = previousHash.ToArray();
        return true;
    }

    public void Advance(long sequence, ReadOnlySpan<byte> hash)
    {
        hash.CopyTo(_head);
        _headKnown = true;
        Last = sequence;
        Checked++;
    }
}
