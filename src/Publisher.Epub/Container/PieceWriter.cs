using System.IO.Compression;

namespace Publisher.Epub.Container;

/// <summary>
/// A stream that deflates what is written to it into a <see cref="DeflatedPiece"/>, counting the length and the
/// CRC on the way, so a large page (the contents of a tag book) never exists as one string or array.
/// </summary>
public sealed class PieceWriter : Stream
{
    [ThreadStatic] private static MemoryStream? Scratch;

    /// <summary>The thread's scratch stream while this piece is written: only <see cref="Finish"/>'s copy is allocated.</summary>
    private readonly MemoryStream _compressed = ScratchStream.Take(ref Scratch);
    private readonly DeflateStream _deflate;
    private readonly System.IO.Hashing.Crc32 _crc = new();
    private long _length;
    private bool _disposed;

    /// <param name="level">zlib level, 1 (fastest) to 9 (smallest).</param>
    public PieceWriter(int level) =>
        _deflate = new DeflateStream(_compressed, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true);

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _crc.Append(buffer);
        _length += buffer.Length;
        _deflate.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <summary>Ends the piece on a byte boundary without a final block (a sync flush) and returns it.</summary>
    public DeflatedPiece Finish()
    {
        _deflate.Flush();
        return new DeflatedPiece(_compressed.ToArray(), _crc.GetCurrentHashAsUInt32(), _length);
    }

    public override void Flush() { } // the piece ends in Finish

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true; // the scratch stream is given back once: a second Dispose must not hand it to two writers
            _deflate.Dispose();
            ScratchStream.Return(ref Scratch, _compressed);
        }
        base.Dispose(disposing);
    }
}
