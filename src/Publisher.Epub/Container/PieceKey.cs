using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Publisher.Epub.Container;

/// <summary>
/// The SHA-256 of everything a stored piece depends on. Two pieces with the same key have the same bytes, so a
/// piece found under its key can stand in for rendering it again.
/// </summary>
public readonly record struct PieceKey(ulong A, ulong B, ulong C, ulong D)
{
    public const int Size = 32;

    public static PieceKey Read(ReadOnlySpan<byte> bytes) => new(
        BinaryPrimitives.ReadUInt64BigEndian(bytes),
        BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
        BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
        BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));

    public void Write(Span<byte> bytes)
    {
        BinaryPrimitives.WriteUInt64BigEndian(bytes, A);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], B);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[16..], C);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[24..], D);
    }

    /// <summary>Orders keys as their bytes would sort, so a store can write them in a fixed order.</summary>
    public static int Compare(PieceKey x, PieceKey y)
    {
        var c = x.A.CompareTo(y.A);
        if (c == 0) c = x.B.CompareTo(y.B);
        if (c == 0) c = x.C.CompareTo(y.C);
        return c == 0 ? x.D.CompareTo(y.D) : c;
    }

    public override string ToString() => $"{A:x16}{B:x16}{C:x16}{D:x16}";
}

/// <summary>
/// Builds a <see cref="PieceKey"/> from named parts; each part is length-prefixed, so no two lists of parts hash
/// alike. The parts are gathered in a buffer and hashed in one call at the end, by a hash the thread reuses (keys
/// are made by the thousand: a hash call per part, or a new hash per key, cost more than the hashing).
/// </summary>
public sealed class PieceKeyBuilder : IDisposable
{
    [ThreadStatic]
    private static byte[]? _spareBuffer;

    [ThreadStatic]
    private static IncrementalHash? _hash;

    private byte[]? _buffer = _spareBuffer ?? new byte[1024];
    private int _length;

    public PieceKeyBuilder() => _spareBuffer = null;

    public PieceKeyBuilder Add(string? text)
    {
        if (text is null)
        {
            Room(1)[0] = 0;
            _length += 1;
            return this;
        }
        var span = Room(5 + Encoding.UTF8.GetMaxByteCount(text.Length));
        span[0] = 1;
        var length = Encoding.UTF8.GetBytes(text, span[5..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], length);
        _length += 5 + length;
        return this;
    }

    public PieceKeyBuilder Add(int number)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Room(4), number);
        _length += 4;
        return this;
    }

    public PieceKeyBuilder Add(PieceKey key)
    {
        key.Write(Room(PieceKey.Size));
        _length += PieceKey.Size;
        return this;
    }

    /// <summary>The key of the parts added so far; the builder starts again empty.</summary>
    public PieceKey Finish()
    {
        Span<byte> hash = stackalloc byte[PieceKey.Size];
        var sha = _hash ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Buffer.AsSpan(0, _length));
        sha.GetHashAndReset(hash);
        _length = 0;
        return PieceKey.Read(hash);
    }

    /// <summary>Hands the buffer back to the thread for its next key.</summary>
    public void Dispose()
    {
        if (_buffer is null) return;
        if (_spareBuffer is null || _spareBuffer.Length < _buffer.Length) _spareBuffer = _buffer;
        _buffer = null;
    }

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(PieceKeyBuilder));

    /// <summary>At least <paramref name="bytes"/> free bytes after what was added.</summary>
    private Span<byte> Room(int bytes)
    {
        var buffer = Buffer;
        if (_length + bytes > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, _length + bytes));
            _buffer = buffer;
        }
        return buffer.AsSpan(_length);
    }
}
