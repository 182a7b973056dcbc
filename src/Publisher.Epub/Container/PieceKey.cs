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
/// alike. A thread reuses one hash and one buffer (keys are made by the thousand).
/// </summary>
public sealed class PieceKeyBuilder : IDisposable
{
    [ThreadStatic]
    private static IncrementalHash? _spareHash;

    [ThreadStatic]
    private static byte[]? _spareBuffer;

    private IncrementalHash? _hash = _spareHash ?? IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public PieceKeyBuilder() => _spareHash = null;

    public PieceKeyBuilder Add(string? text)
    {
        Span<byte> prefix = stackalloc byte[5];
        if (text is null)
        {
            prefix[0] = 0;
            Hash.AppendData(prefix[..1]);
            return this;
        }
        prefix[0] = 1;
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        var buffer = _spareBuffer is { } spare && spare.Length >= most ? spare : _spareBuffer = new byte[Math.Max(most, 1024)];
        var length = Encoding.UTF8.GetBytes(text, buffer);
        BinaryPrimitives.WriteInt32LittleEndian(prefix[1..], length);
        Hash.AppendData(prefix);
        Hash.AppendData(buffer, 0, length);
        return this;
    }

    public PieceKeyBuilder Add(int number)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, number);
        Hash.AppendData(bytes);
        return this;
    }

    public PieceKeyBuilder Add(PieceKey key)
    {
        Span<byte> bytes = stackalloc byte[PieceKey.Size];
        key.Write(bytes);
        Hash.AppendData(bytes);
        return this;
    }

    public PieceKey Finish()
    {
        Span<byte> hash = stackalloc byte[PieceKey.Size];
        Hash.GetHashAndReset(hash);
        return PieceKey.Read(hash);
    }

    /// <summary>Hands the (reset) hash back to the thread for its next key.</summary>
    public void Dispose()
    {
        if (_hash is null) return;
        _hash.GetHashAndReset(stackalloc byte[PieceKey.Size]);
        if (_spareHash is null) _spareHash = _hash;
        else _hash.Dispose();
        _hash = null;
    }

    private IncrementalHash Hash => _hash ?? throw new ObjectDisposedException(nameof(PieceKeyBuilder));
}
