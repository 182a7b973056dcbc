namespace Publisher.Benchmarks.Epub;

/// <summary>A seekable stream that counts what is written and keeps nothing: measures the writer, not the disk or a buffer.</summary>
internal sealed class DiscardingStream : Stream
{
    private long _length;
    private long _position;

    public override bool CanRead => false;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value;
    }

    public override void Write(byte[] buffer, int offset, int count) => Advance(count);

    public override void Write(ReadOnlySpan<byte> buffer) => Advance(buffer.Length);

    public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => _length + offset,
    };

    public override void SetLength(long value) => _length = value;

    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Advance(int count)
    {
        _position += count;
        _length = Math.Max(_length, _position);
    }
}
