using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// Rewrites an uncompressed PDF as PDFsharp writes it (classic xref table, direct stream lengths):
/// compresses each unfiltered stream (except XMP metadata, which stays readable), puts our own XMP packet in
/// place of PDFsharp's (<see cref="XmpPacket"/>: PDFsharp does not escape it), replaces random
/// subset tags, XMP uuids and the trailer /ID with values derived from the content, adds the pages'
/// link annotations (<see cref="AnnotationObjects"/>) and the structure tree (<see cref="StructureObjects"/>: the
/// catalog gets its /StructTreeRoot, each page its /StructParents, a page with links /Tabs /S), and packs every object
/// that is no stream into object streams behind a cross-reference stream (<see cref="PdfObjectStreams"/>). Objects it
/// does not understand are copied unchanged.
/// </summary>
internal static partial class PdfRewriter
{
    /// <summary>
    /// Rewrites the first <paramref name="length"/> bytes of <paramref name="pdf"/> (a stream's buffer, not copied);
    /// <paramref name="metadata"/> is the XMP packet written as the metadata stream.
    /// </summary>
    public static byte[] Rewrite(byte[] pdf, int length, RenderedPdf rendered, bool useAllCores)
    {
        var (linksByPage, metadata) = (rendered.LinksByPage, rendered.Metadata);
        var (objects, firstOffset, trailer) = Read(pdf, length);
        var pageNumbers = PageObjects.Numbers(objects, trailer, linksByPage.Count);
        var annotations = new AnnotationObjects(linksByPage, objects.Max(o => o.Number) + 1);
        var tree = new StructureObjects(rendered.Structure, pageNumbers, annotations.FirstNumber, annotations.FirstNumber + annotations.Count,
            rendered.Language);
        var output = ScratchStream.Take(ref OutputScratch);
        try
        {
            if (objects.Count(slice => slice.HasStream && IsMetadata(slice.Value)) != 1)
                throw new InvalidOperationException("PDFsharp did not write exactly one XMP metadata stream");
            var contentHash = HashContent(pdf, objects, annotations, tree, metadata);
            var entries = AddedEntries(pageNumbers, annotations, tree, PageObjects.Catalog(trailer));
            var packed = new List<(int Number, byte[] Value)>();
            var offsets = Write(output, pdf, objects, firstOffset, contentHash, entries, metadata, useAllCores, packed);
            Values(annotations.Bytes, annotations.FirstNumber, annotations.Count, annotations.StartOf, packed);
            Values(tree.Bytes, tree.FirstNumber, tree.Count, tree.StartOf, packed);
            var firstStream = tree.FirstNumber + tree.Count;
            var locations = PdfObjectStreams.Write(output, packed, firstStream, offsets);
            var streams = (packed.Count + PdfObjectStreams.MaxPerStream - 1) / PdfObjectStreams.MaxPerStream;
            var id = Convert.ToHexString(contentHash, 0, 16);
            PdfObjectStreams.WriteXref(output, firstStream + streams, offsets, locations, TrailerIdPattern().Replace(trailer, $"/ID[<{id}><{id}>]"));
            return output.ToArray();
        }
        finally
        {
            annotations.Release();
            ScratchStream.Return(ref OutputScratch, output);
        }
    }

    [ThreadStatic] private static MemoryStream? OutputScratch;

    /// <summary>
    /// The entries added to saved objects, by object number: a page's /Annots (with /Tabs /S: tab order follows the
    /// structure) and /StructParents; the catalog's /StructTreeRoot.
    /// </summary>
    private static Dictionary<int, string> AddedEntries(int[] pageNumbers, AnnotationObjects annotations, StructureObjects tree, int catalog)
    {
        var entries = new Dictionary<int, string>();
        for (var page = 0; page < pageNumbers.Length; page++)
        {
            var added = (annotations.AnnotsOf(page) is { } annots ? annots + "/Tabs/S" : "") + tree.EntryOf(page);
            if (added.Length > 0) entries[pageNumbers[page]] = added;
        }
        entries[catalog] = "/StructTreeRoot " + tree.RootNumber.ToString(CultureInfo.InvariantCulture) + " 0 R";
        return entries;
    }

    /// <summary>
    /// Writes the saved streams and returns where each starts; the other objects' values go to
    /// <paramref name="packed"/>, for the object streams.
    /// </summary>
    private static SortedDictionary<int, long> Write(MemoryStream output, byte[] pdf, List<PdfObjectSlice> objects, int firstOffset,
        byte[] contentHash, Dictionary<int, string> addedEntries, byte[] metadata, bool useAllCores, List<(int Number, byte[] Value)> packed)
    {
        output.Write(pdf, 0, firstOffset);
        var offsets = new SortedDictionary<int, long>();
        // Compressing is most of the work: do it for all streams at once, on every core.
        var compressed = new byte[objects.Count][];
        Parallel.For(0, objects.Count, new ParallelOptions { MaxDegreeOfParallelism = useAllCores ? -1 : 1 }, i =>
        {
            var slice = objects[i];
            if (slice.HasStream && !IsMetadata(slice.Value) && !slice.Value.Contains("/Filter", StringComparison.Ordinal))
                compressed[i] = PdfFinisher.Compress(pdf.AsSpan(slice.StreamStart, slice.StreamLength));
        });
        for (var index = 0; index < objects.Count; index++)
        {
            var slice = objects[index];
            // Only font dictionaries carry a subset tag ("ABCDEF+Name"): the pattern runs where a '+' is.
            var value = slice.Value.Contains('+')
                ? SubsetTagPattern().Replace(slice.Value, m => "/" + PdfFinisher.SubsetTag(contentHash, m.Groups[1].Value) + "+" + m.Groups[1].Value)
                : slice.Value;
            if (addedEntries.TryGetValue(slice.Number, out var added)) value = WithEntry(value, added);
            // An object stream holds objects of generation 0 only (PDFsharp writes no other).
            if (!slice.HasStream && slice.Header.EndsWith(" 0 obj", StringComparison.Ordinal))
            {
                packed.Add((slice.Number, Encoding.Latin1.GetBytes(value)));
                continue;
            }
            offsets[slice.Number] = output.Position;
            WriteLatin1(output, slice.Header);
            output.WriteByte((byte)'\n');
            if (!slice.HasStream)
            {
                WriteLatin1(output, value);
                output.Write("\nendobj\n"u8);
                continue;
            }
            ReadOnlySpan<byte> streamBytes = pdf.AsSpan(slice.StreamStart, slice.StreamLength);
            if (IsMetadata(value))
            {
                var packet = metadata.ToArray();
                ReplaceUuids(packet, contentHash);
                streamBytes = packet;
            }
            else if (compressed[index] is { } zipped)
            {
                streamBytes = zipped;
                value = value[..^2] + "/Filter/FlateDecode>>";
            }
            value = LengthPattern().Replace(value, "/Length " + streamBytes.Length.ToString(CultureInfo.InvariantCulture), 1);
            WriteLatin1(output, value);
            output.Write("\nstream\n"u8);
            output.Write(streamBytes);
            output.Write("\nendstream\nendobj\n"u8);
        }
        return offsets;
    }

    /// <summary>A dictionary's text with one more entry before its closing "&gt;&gt;".</summary>
    private static string WithEntry(string dictionary, string entry) =>
        dictionary.EndsWith(">>", StringComparison.Ordinal)
            ? string.Concat(dictionary.AsSpan(0, dictionary.Length - 2), entry, ">>")
            : throw new InvalidOperationException($"a page or the catalog is not a dictionary: {dictionary}");

    /// <summary>Writes PDF syntax text (Latin-1) without an intermediate array for short texts.</summary>
    internal static void WriteLatin1(Stream output, string text)
    {
        if (text.Length > 1024)
        {
            output.Write(Encoding.Latin1.GetBytes(text));
            return;
        }
        Span<byte> bytes = stackalloc byte[text.Length];
        Encoding.Latin1.GetBytes(text, bytes);
        output.Write(bytes);
    }

    private static bool IsMetadata(string dictionary) => dictionary.Contains("/Type/Metadata", StringComparison.Ordinal);

    private static byte[] HashContent(byte[] pdf, List<PdfObjectSlice> objects, AnnotationObjects annotations, StructureObjects tree, byte[] metadata)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> scratch = stackalloc byte[1024];
        foreach (var slice in objects)
        {
            var value = slice.Value.Contains('+') ? SubsetTagPattern().Replace(slice.Value, "/$1") : slice.Value;
            if (value.Length > 1024) hash.AppendData(Encoding.Latin1.GetBytes(value));
            else
            {
                var bytes = scratch[..value.Length];
                Encoding.Latin1.GetBytes(value, bytes);
                hash.AppendData(bytes);
            }
            if (!slice.HasStream) continue;
            if (IsMetadata(slice.Value)) hash.AppendData(metadata);
            else hash.AppendData(pdf.AsSpan(slice.StreamStart, slice.StreamLength));
        }
        hash.AppendData(annotations.Bytes);
        hash.AppendData(tree.Bytes);
        return hash.GetHashAndReset();
    }

    private static void ReplaceUuids(byte[] stream, byte[] contentHash)
    {
        var text = Encoding.Latin1.GetString(stream);
        var index = 0;
        foreach (Match match in UuidPattern().Matches(text))
            Encoding.ASCII.GetBytes("uuid:" + PdfFinisher.Uuid(contentHash, index++)).CopyTo(stream, match.Index);
    }

    /// <summary>
    /// The values of <paramref name="count"/> objects written one after another ("N 0 obj\n…\nendobj\n", numbered from
    /// <paramref name="firstNumber"/>, the i-th at <paramref name="startOf"/>(i)), added to <paramref name="packed"/>.
    /// </summary>
    private static void Values(ReadOnlySpan<byte> bytes, int firstNumber, int count, Func<int, int> startOf, List<(int Number, byte[] Value)> packed)
    {
        for (var i = 0; i < count; i++)
        {
            var whole = bytes[startOf(i)..(i + 1 < count ? startOf(i + 1) : bytes.Length)];
            var valueStart = whole.IndexOf("obj\n"u8) + 4;
            if (valueStart < 4 || !whole.EndsWith("\nendobj\n"u8)) throw new InvalidOperationException("an added object is not \"N 0 obj … endobj\"");
            packed.Add((firstNumber + i, whole[valueStart..^"\nendobj\n".Length].ToArray()));
        }
    }

    /// <summary>The objects in file order (from the xref table), the offset of the first, and the trailer dictionary.</summary>
    private static (List<PdfObjectSlice> Objects, int FirstOffset, string Trailer) Read(byte[] pdf, int length)
    {
        // Only the tail (startxref) and the xref table are decoded as text, not the whole file.
        var tailStart = Math.Max(0, length - 64);
        var tail = Encoding.Latin1.GetString(pdf, tailStart, length - tailStart);
        var startxref = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        var xrefOffset = int.Parse(tail.AsSpan(startxref + 9).Trim().ToString().Split('\n')[0].Trim(), CultureInfo.InvariantCulture);
        var text = Encoding.Latin1.GetString(pdf, xrefOffset, length - xrefOffset);
        var trailerStart = text.IndexOf("trailer", StringComparison.Ordinal);
        var lines = text[..trailerStart].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var entries = new List<(int Number, int Offset)>();
        var number = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            var parts = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2) { number = int.Parse(parts[0], CultureInfo.InvariantCulture); continue; }
            if (parts.Length == 3 && parts[2] == "n") entries.Add((number, int.Parse(parts[0], CultureInfo.InvariantCulture)));
            number++;
        }
        entries.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var objects = new List<PdfObjectSlice>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var end = i + 1 < entries.Count ? entries[i + 1].Offset : xrefOffset;
            objects.Add(PdfObjectSlice.Parse(entries[i].Number, pdf.AsSpan(0, length), entries[i].Offset, end));
        }
        var trailerDictStart = text.IndexOf("<<", trailerStart, StringComparison.Ordinal);
        var trailerDictEnd = text.IndexOf(">>", trailerDictStart, StringComparison.Ordinal) + 2;
        return (objects, entries.Count > 0 ? entries[0].Offset : xrefOffset, text[trailerDictStart..trailerDictEnd]);
    }

    [GeneratedRegex(@"/[A-Z]{6}\+([^\s/<>\[\]()]+)")]
    private static partial Regex SubsetTagPattern();

    [GeneratedRegex("uuid:[0-9a-fA-F-]{36}")]
    private static partial Regex UuidPattern();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")]
    private static partial Regex TrailerIdPattern();

    [GeneratedRegex(@"/Length\s+\d+")]
    private static partial Regex LengthPattern();
}
