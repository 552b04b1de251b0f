namespace CallCentre.Tests.Support;

/// <summary>
/// A stream that starts with the given bytes and then yields zeros up to a huge length, produced as read, never held in
/// memory; it cannot seek and will not tell its length, like a browser upload. <see cref="BytesRead"/> says how much was taken.
/// </summary>
public sealed class EndlessStream(byte[] head, long length) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - BytesRead);
        for (var i = 0; i < count; i++)
        {
            var position = BytesRead + i;
            buffer[i] = position < head.Length ? head[position] : (byte)0;
        }

        BytesRead += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
