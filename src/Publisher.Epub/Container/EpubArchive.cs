using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;

namespace Publisher.Epub.Container;

/// <summary>
/// The OCF container: a ZIP whose first entry is <c>mimetype</c>, stored; then <c>META-INF/container.xml</c>; then the
/// book's files in the order they are added. Every entry gets the same time, taken from the content, so two
/// builds of the same content give the same bytes. Each entry is compressed before its header is written, so the
/// header carries the real sizes and CRC: the stream is written front to back and never sought (no data
/// descriptors, which some e-readers reject). No ZIP64: a book stays below 65,535 files and 4 GiB.
/// </summary>
public sealed partial class EpubArchive : IDisposable
{
    private static readonly DateTimeOffset EarliestZipTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary><c>META-INF/container.xml</c> deflated, by package path: the same in every book.</summary>
    private static readonly ConcurrentDictionary<string, DeflatedPiece> ContainerPieces = new(StringComparer.Ordinal);
    private readonly Stream _output;
    private readonly ushort _dosTime;
    private readonly ushort _dosDate;
    /// <summary>A central directory kept per thread between books: it grows to a few hundred KB in a large book.</summary>
    [ThreadStatic] private static MemoryStream? CentralDirectoryScratch;

    private readonly MemoryStream _centralDirectory = ScratchStream.Take(ref CentralDirectoryScratch);
    private long _position;
    private int _entries;
    private bool _finished;

    /// <param name="packagePath">Path of the OPF inside the container (<c>EPUB/package.opf</c>).</param>
    /// <param name="modified">The content's newest date; written as every entry's time (UTC clock time, whole seconds).</param>
    public EpubArchive(Stream output, string packagePath, DateTimeOffset modified)
    {
        _output = output;
        var utc = modified.ToUniversalTime();
        if (utc < EarliestZipTime) utc = EarliestZipTime;
        if (utc.Year > 2107) utc = new DateTimeOffset(2107, 12, 31, 23, 59, 58, TimeSpan.Zero);
        _dosTime = (ushort)(utc.Hour << 11 | utc.Minute << 5 | utc.Second / 2);
        _dosDate = (ushort)((utc.Year - 1980) << 9 | utc.Month << 5 | utc.Day);
        AddStored("mimetype", "application/epub+zip"u8);
        Add("META-INF/container.xml", [ContainerPieces.GetOrAdd(packagePath, static path => DeflatedPiece.Of(Encoding.UTF8.GetBytes(ContainerXml(path)), CompressionLevels.Small))]);
    }

    /// <summary>Adds a file deflated at zlib <paramref name="level"/> (1–9).</summary>
    public void Add(string path, ReadOnlySpan<byte> content, int level) => Add(path, [DeflatedPiece.Of(content, level)]);

    /// <summary>Adds a UTF-8 text file deflated at zlib <paramref name="level"/>.</summary>
    public void AddText(string path, string content, int level) => Add(path, [TextPieces.Deflate(content, level)]);

    /// <summary>Adds a file that <paramref name="write"/> writes, deflated at zlib <paramref name="level"/> as it is written.</summary>
    public void Add(string path, Action<Stream> write, int level)
    {
        using var piece = new PieceWriter(level);
        write(piece);
        Add(path, [piece.Finish()]);
    }

    /// <summary>Adds a file whose content is the given deflated pieces in order.</summary>
    public void Add(string path, IReadOnlyList<DeflatedPiece> pieces)
    {
        uint crc = 0;
        long length = 0, compressed = DeflatedPiece.FinalBlock.Length;
        foreach (var piece in pieces)
        {
            if (piece.Length > 0) crc = Crc32.Combine(crc, piece.Crc, piece.Shift);
            length += piece.Length;
            compressed += piece.Compressed.Length;
        }
        WriteHeaders(path, Method.Deflate, crc, compressed, length);
        foreach (var piece in pieces) Write(piece.Compressed);
        Write(DeflatedPiece.FinalBlock);
    }

    /// <summary>Adds a file as it is (the <c>mimetype</c>; images that are compressed already).</summary>
    public void AddStored(string path, ReadOnlySpan<byte> content)
    {
        WriteHeaders(path, Method.Stored, Crc32.Of(content), content.Length, content.Length);
        Write(content);
    }

    public void Dispose()
    {
        if (_finished) return;
        _finished = true;
        var directoryOffset = _position;
        _centralDirectory.Position = 0;
        _centralDirectory.CopyTo(_output);
        _position += _centralDirectory.Length;
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_entries);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_entries);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)_centralDirectory.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], Checked(directoryOffset));
        Write(end);
        _output.Flush();
        ScratchStream.Return(ref CentralDirectoryScratch, _centralDirectory);
    }

    private void WriteHeaders(string path, Method method, uint crc, long compressedSize, long size)
    {
        if (_finished) throw new ObjectDisposedException(nameof(EpubArchive));
        if (++_entries > ushort.MaxValue) throw new IOException($"a book holds at most {ushort.MaxValue} files (no ZIP64); split the tag");
        var name = Encoding.UTF8.GetBytes(path);
        var utf8Flag = (ushort)(name.Length != path.Length ? 0x0800 : 0);
        Span<byte> local = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(local, 0x04034b50);
        WriteCommon(local[4..], utf8Flag, method, crc, compressedSize, size, name.Length);
        var offset = _position;
        Write(local);
        Write(name);

        Span<byte> central = stackalloc byte[46];
        BinaryPrimitives.WriteUInt32LittleEndian(central, 0x02014b50);
        BinaryPrimitives.WriteUInt16LittleEndian(central[4..], 20); // made by: MS-DOS, ZIP 2.0
        WriteCommon(central[6..], utf8Flag, method, crc, compressedSize, size, name.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(central[42..], Checked(offset)); // comment, disk, attributes stay 0
        _centralDirectory.Write(central);
        _centralDirectory.Write(name);
    }

    /// <summary>The fields local and central headers share: version needed … file name length (26 bytes).</summary>
    private void WriteCommon(Span<byte> header, ushort flags, Method method, uint crc, long compressedSize, long size, int nameLength)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(header, 20); // version needed: 2.0 (deflate)
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], (ushort)method);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], _dosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], _dosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[10..], crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], Checked(compressedSize));
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], Checked(size));
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], (ushort)nameLength); // extra field length stays 0
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _position += bytes.Length;
    }

    private static uint Checked(long value) =>
        value is >= 0 and <= uint.MaxValue ? (uint)value : throw new IOException("a book is limited to 4 GiB (no ZIP64)");

    private enum Method : ushort
    {
        Stored = 0,
        Deflate = 8,
    }

    private static string ContainerXml(string packagePath) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="{packagePath}" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """;
}
