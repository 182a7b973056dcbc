using System.Buffers;
using System.Buffers.Binary;

namespace Publisher.Epub.Cover;

/// <summary>
/// Bytes and bit fields written least significant bit first, as deflate packs them, into a pooled buffer that
/// grows as needed. Fields go into a 64-bit accumulator that spills 32 bits at a time.
/// </summary>
internal sealed class BitWriter : IDisposable
{
    private byte[] _buffer;
    private int _length;
    private ulong _bits;
    private int _bitCount;

    public BitWriter(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 64));

    /// <summary>What was written so far, up to the last whole byte (call <see cref="AlignToByte"/> first).</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public int Length => _length;

    /// <summary>The low <paramref name="count"/> bits of <paramref name="value"/> (at most 32, the rest of value zero).</summary>
    public void Write(uint value, int count)
    {
        _bits |= (ulong)value << _bitCount;
        _bitCount += count;
        if (_bitCount < 32) return;
        Room(4);
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(_length), (uint)_bits);
        _length += 4;
        _bits >>= 32;
        _bitCount -= 32;
    }

    /// <summary>
    /// Room for <paramref name="bytes"/> more bytes, with the pending bits, for a caller that packs many fields in a
    /// loop with the accumulator in registers; <see cref="Commit"/> hands back what it wrote and what is pending.
    /// </summary>
    public Span<byte> Reserve(int bytes, out ulong bits, out int bitCount)
    {
        Room(bytes);
        bits = _bits;
        bitCount = _bitCount;
        return _buffer.AsSpan(_length, bytes);
    }

    /// <summary>Takes <paramref name="written"/> bytes of the span <see cref="Reserve"/> gave, and the bits still pending (fewer than 32).</summary>
    public void Commit(int written, ulong bits, int bitCount)
    {
        _length += written;
        _bits = bits;
        _bitCount = bitCount;
    }

    /// <summary>Pads the pending bits with zeros to a whole byte and writes them out.</summary>
    public void AlignToByte()
    {
        Room(8);
        for (; _bitCount > 0; _bitCount -= 8)
        {
            _buffer[_length++] = (byte)_bits;
            _bits >>= 8;
        }
        _bits = 0;
        _bitCount = 0;
    }

    /// <summary>Bytes as they are; the writer must be at a byte boundary.</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        if (_bitCount != 0) throw new InvalidOperationException("bytes are written at a byte boundary");
        Room(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Overwrites bytes written earlier (a length or checksum known only later).</summary>
    public Span<byte> Patch(int offset, int count) => _buffer.AsSpan(offset, count);

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Room(int bytes)
    {
        if (_length + bytes <= _buffer.Length) return;
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
