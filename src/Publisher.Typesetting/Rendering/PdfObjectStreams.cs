using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The end of a rewritten PDF (PDF 1.5, ISO 32000-1 §7.5.7–8): the objects that are no streams, most of a tagged
/// digest's (its structure elements, annotations, pages, fonts' dictionaries), packed into compressed object streams
/// of up to <see cref="MaxPerStream"/> each, and a compressed cross-reference stream in place of the xref table and
/// trailer. A digest is about a quarter smaller for it; viewers since Acrobat 6 read it.
/// </summary>
internal static partial class PdfObjectStreams
{
    /// <summary>As qpdf packs them: small enough that a viewer reading one object inflates little besides.</summary>
    public const int MaxPerStream = 100;

    /// <summary>
    /// Writes <paramref name="packed"/> (object number and value, in number order or not) as object streams numbered
    /// from <paramref name="firstNumber"/>; adds each stream's offset to <paramref name="offsets"/> and returns where each
    /// packed object is: its stream's number and its index there.
    /// </summary>
    public static Dictionary<int, (int Stream, int Index)> Write(MemoryStream output, List<(int Number, byte[] Value)> packed, int firstNumber,
        SortedDictionary<int, long> offsets)
    {
        var locations = new Dictionary<int, (int, int)>(packed.Count);
        var number = firstNumber;
        foreach (var chunk in packed.OrderBy(p => p.Number).Chunk(MaxPerStream))
        {
            var index = new StringBuilder();
            var body = new MemoryStream();
            for (var i = 0; i < chunk.Length; i++)
            {
                locations[chunk[i].Number] = (number, i);
                index.Append(Integer(chunk[i].Number)).Append(' ').Append(Integer((int)body.Length)).Append(' ');
                body.Write(chunk[i].Value);
                body.WriteByte((byte)'\n');
            }
            var first = Encoding.Latin1.GetBytes(index.ToString());
            var compressed = PdfFinisher.Compress([.. first, .. body.GetBuffer().AsSpan(0, (int)body.Length)]);
            offsets[number] = output.Position;
            PdfRewriter.WriteLatin1(output, $"{Integer(number)} 0 obj\n<</Type/ObjStm/N {Integer(chunk.Length)}/First {Integer(first.Length)}/Filter/FlateDecode/Length {Integer(compressed.Length)}>>\nstream\n");
            output.Write(compressed);
            output.Write("\nendstream\nendobj\n"u8);
            number++;
        }
        return locations;
    }

    /// <summary>
    /// Writes the cross-reference stream as object <paramref name="number"/> (the last): every object below it in the
    /// file (<paramref name="offsets"/>) or in an object stream (<paramref name="locations"/>), itself, the free rest;
    /// its dictionary is <paramref name="trailer"/>'s (the catalog, the info, the /ID) with the new /Size.
    /// </summary>
    public static void WriteXref(MemoryStream output, int number, SortedDictionary<int, long> offsets,
        Dictionary<int, (int Stream, int Index)> locations, string trailer)
    {
        var start = output.Position;
        var size = number + 1;
        // Each entry: type (1 byte), offset or object stream (as many bytes as the largest needs), generation or index (2).
        var width = Math.Max(1, (64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)start) + 7) / 8);
        var entries = new byte[size * (3 + width)];
        for (var n = 0; n < size; n++)
        {
            var entry = entries.AsSpan(n * (3 + width), 3 + width);
            if (n == number) Entry(entry, 1, start, 0);
            else if (offsets.TryGetValue(n, out var offset)) Entry(entry, 1, offset, 0);
            else if (locations.TryGetValue(n, out var location)) Entry(entry, 2, location.Stream, (ushort)location.Index);
            else Entry(entry, 0, 0, n == 0 ? ushort.MaxValue : (ushort)0);
        }
        var compressed = PdfFinisher.Compress(entries);
        var inner = SizePattern().Replace(trailer.Trim()[2..^2], "");
        PdfRewriter.WriteLatin1(output, $"{Integer(number)} 0 obj\n<</Type/XRef/Size {Integer(size)}/W[1 {Integer(width)} 2]{inner}/Filter/FlateDecode/Length {Integer(compressed.Length)}>>\nstream\n");
        output.Write(compressed);
        PdfRewriter.WriteLatin1(output, $"\nendstream\nendobj\nstartxref\n{start.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
    }

    /// <summary>An entry: its type, then its second field big-endian in the bytes between (the xref stream is last, so its offset is the largest), then its third.</summary>
    private static void Entry(Span<byte> entry, byte type, long field2, ushort field3)
    {
        entry[0] = type;
        for (var i = entry.Length - 3; i >= 1; i--, field2 >>= 8) entry[i] = (byte)field2;
        BinaryPrimitives.WriteUInt16BigEndian(entry[^2..], field3);
    }

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/Size\s+\d+")]
    private static partial Regex SizePattern();
}
