using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Publisher.Core.Model;

/// <summary>The byte level: a growing buffer to write into and a reader over a span that checks every length.</summary>
internal static partial class ContentEncoding
{
    /// <summary>A growing byte buffer, one per thread and reused, so encoding a body allocates only its result.</summary>
    internal sealed class Sink
    {
        private byte[] _buffer = new byte[16 * 1024];
        private int _length;

        public bool Exact { get; private set; }

        /// <summary>The picture blocks written since <see cref="Reset"/>.</summary>
        public int PicturesWritten { get; set; }

        public void Reset() => (_length, Exact, PicturesWritten) = (0, true, 0);

        public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

        /// <summary>Writes what <paramref name="write"/> writes of <paramref name="state"/> after its byte length.</summary>
        public void Section<TState>(TState state, Action<Sink, TState> write)
        {
            const int Prefix = 5;
            var start = _length;
            Room(Prefix);
            write(this, state);
            var length = _length - start - Prefix;
            var lengthBytes = LengthOf7Bit(length);
            _buffer.AsSpan(start + Prefix, length).CopyTo(_buffer.AsSpan(start + lengthBytes));
            _length = start;
            Count(length);
            _length += length;
        }

        public void Byte(byte value) => Room(1)[0] = value;

        public void Int32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Room(4), value);

        public void Count(int value)
        {
            var n = (uint)value;
            while (n >= 0x80)
            {
                Byte((byte)(n | 0x80));
                n >>= 7;
            }
            Byte((byte)n);
        }

        public void OptionalText(string? text)
        {
            Byte(text is null ? (byte)0 : (byte)1);
            if (text is not null) Text(text);
        }

        public void Text(ReadOnlySpan<char> text)
        {
            var max = Encoding.UTF8.GetMaxByteCount(text.Length);
            var lengthAt = _length;
            var prefix = max < 0x80 ? 1 : max < 0x4000 ? 2 : 5; // room for the length, fixed once the bytes are known
            Room(prefix + max);
            var target = _buffer.AsSpan(lengthAt + prefix, max);
            if (Utf8.FromUtf16(text, target, out _, out var written, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            {
                Exact = false;
                Utf8.FromUtf16(text, target, out _, out written, replaceInvalidSequences: true);
            }
            _length = lengthAt;
            var lengthBytes = LengthOf7Bit(written);
            if (lengthBytes != prefix) target[..written].CopyTo(_buffer.AsSpan(lengthAt + lengthBytes));
            Count(written);
            _length += written;
        }

        private static int LengthOf7Bit(int value) => value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;

        private Span<byte> Room(int count)
        {
            if (_length + count > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
            var span = _buffer.AsSpan(_length, count);
            _length += count;
            return span;
        }
    }

    private ref struct Source(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public readonly bool AtEnd => _position == _bytes.Length;

        public void Skip(int count) => Take(count);

        public byte Byte() => _position < _bytes.Length ? _bytes[_position++] : throw new InvalidDataException("an article's content ends early");

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public int Count()
        {
            var value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = Byte();
                value |= (b & 0x7F) << shift;
                if (b < 0x80) return value >= 0 ? value : throw new InvalidDataException("a negative count in an article's content");
            }
            throw new InvalidDataException("a count in an article's content is too long");
        }

        public string Text() => Encoding.UTF8.GetString(Take(Count()));

        public string? OptionalText() => Byte() != 0 ? Text() : null;

        public ReadOnlySpan<byte> Take(int count)
        {
            if (count > _bytes.Length - _position) throw new InvalidDataException("an article's content ends early");
            var span = _bytes.Slice(_position, count);
            _position += count;
            return span;
        }
    }
}
