using System.Text;

namespace CallCentre.Domain.Audit;

/// <summary>How far the walk has come: the last intact entry's sequence and hash (the genesis hash before the first).</summary>
internal sealed class AuditChainPosition
{
    private readonly byte[] _head = Encoding.ASCII.GetBytes(AuditHash.Genesis);

    public long Last { get; private set; }

    public ReadOnlySpan<byte> Head => _head;

    public string? HeadHash => Last == 0 ? null : Encoding.ASCII.GetString(_head);

    public void Advance(long sequence, ReadOnlySpan<byte> hash)
    {
        hash.CopyTo(_head);
        Last = sequence;
    }
}
