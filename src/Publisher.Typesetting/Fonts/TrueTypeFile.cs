using System.Buffers.Binary;

namespace Publisher.Typesetting.Fonts;

/// <summary>
/// The tables of a TrueType font file (<c>sfnt</c>), read by tag and written back with some replaced: offsets
/// aligned to four bytes, every table's checksum and the font's <c>checkSumAdjustment</c> recomputed.
/// </summary>
internal sealed class TrueTypeFile
{
    private readonly uint _version;
    private readonly List<(string Tag, byte[] Data)> _tables;

    private TrueTypeFile(uint version, List<(string Tag, byte[] Data)> tables) => (_version, _tables) = (version, tables);

    /// <summary>The tables of <paramref name="font"/>; null when it is not a well-formed single font file.</summary>
    public static TrueTypeFile? Read(byte[] font)
    {
        if (font.Length < 12) return null;
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        if (font.Length < 12 + 16 * count) return null;
        var tables = new List<(string, byte[])>(count);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + 16 * i, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset > (uint)font.Length || length > (uint)font.Length - offset) return null;
            tables.Add((tag, font.AsSpan((int)offset, (int)length).ToArray()));
        }
        return new TrueTypeFile(version, tables);
    }

    public byte[]? this[string tag] => _tables.Find(t => t.Tag == tag).Data;

    public void Replace(string tag, byte[] data)
    {
        var index = _tables.FindIndex(t => t.Tag == tag);
        if (index >= 0) _tables[index] = (tag, data);
    }

    /// <summary>The font file: the tables in their order, each at a four-byte boundary.</summary>
    public byte[] Write()
    {
        var headerLength = 12 + 16 * _tables.Count;
        var length = headerLength + _tables.Sum(t => Padded(t.Data.Length));
        var font = new byte[length];
        BinaryPrimitives.WriteUInt32BigEndian(font, _version);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)_tables.Count);
        var power = 1;
        var log = 0;
        while (power * 2 <= _tables.Count) (power, log) = (power * 2, log + 1);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)(_tables.Count * 16 - power * 16));
        var offset = headerLength;
        var headOffset = -1;
        for (var i = 0; i < _tables.Count; i++)
        {
            var (tag, data) = _tables[i];
            if (tag == "head" && data.Length >= 12)
            {
                headOffset = offset;
                BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), 0); // checkSumAdjustment counts as zero in the sums
            }
            var record = font.AsSpan(12 + 16 * i, 16);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(font, offset);
            offset += Padded(data.Length);
        }
        if (headOffset >= 0) BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), 0xB1B0AFBA - Checksum(font));
        return font;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    /// <summary>The sum of the data as big-endian 32-bit words, the last one padded with zeros.</summary>
    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[i..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }
        return sum;
    }
}
