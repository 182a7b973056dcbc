using System.Buffers.Binary;
using System.Text;

namespace Publisher.Core.Parsing.Caching;

/// <summary>
/// Reads what <see cref="BinaryWriter"/> wrote (little-endian numbers, 7-bit counts, strings as UTF-8 after their
/// byte length) straight from a span: no stream and no reader object per cache entry. Short strings that repeat
/// across articles (languages, tags, authors) come from a per-thread pool, so ten thousand articles share them.
/// Anything that runs past the end is <see cref="InvalidDataException"/>.
/// </summary>
internal ref struct EntryReader(ReadOnlySpan<byte> bytes)
{
    private const int PooledLength = 48;
    [ThreadStatic] private static Dictionary<string, string>? _pool;

    private readonly ReadOnlySpan<byte> _bytes = bytes;

    public int Position { get; private set; }

    public readonly bool AtEnd => Position == _bytes.Length;

    public byte Byte() => Take(1)[0];

    public bool Boolean() => Byte() != 0;

    public short Int16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2));

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public int Count()
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Byte();
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value >= 0 ? value : throw new InvalidDataException("a negative count");
        }
        throw new InvalidDataException("a count runs too long");
    }

    public string String() => Encoding.UTF8.GetString(Take(Count()));

    /// <summary>A string that many entries share: the same instance for the same text on this thread.</summary>
    public string Shared()
    {
        var utf8 = Take(Count());
        if (utf8.Length > PooledLength) return Encoding.UTF8.GetString(utf8);
        Span<char> chars = stackalloc char[PooledLength];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        var pool = _pool ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars[..length], out var known)) return known;
        var text = new string(chars[..length]);
        if (pool.Count < 4096) pool[text] = text;
        return text;
    }

    /// <summary>The next <paramref name="length"/> bytes; <see cref="Position"/> moves past them.</summary>
    public ReadOnlySpan<byte> Take(int length)
    {
        if (length < 0 || length > _bytes.Length - Position) throw new InvalidDataException("an entry runs past its end");
        var taken = _bytes.Slice(Position, length);
        Position += length;
        return taken;
    }
}
