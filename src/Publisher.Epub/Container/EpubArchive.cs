using System.IO.Compression;
using System.Text;

namespace Publisher.Epub.Container;

/// <summary>
/// The OCF container: a ZIP whose first entry is <c>mimetype</c>, stored; then <c>META-INF/container.xml</c>; then the
/// book's files in the order they are added. Every entry gets the same time, taken from the content, so two
/// builds of the same content give the same bytes.
/// </summary>
public sealed class EpubArchive : IDisposable
{
    private static readonly DateTimeOffset EarliestZipTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ZipArchive _zip;
    private readonly DateTimeOffset _entryTime;

    /// <param name="packagePath">Path of the OPF inside the container (<c>EPUB/package.opf</c>).</param>
    /// <param name="modified">The content's newest date; written as every entry's time (UTC clock time, whole seconds).</param>
    public EpubArchive(Stream output, string packagePath, DateTimeOffset modified)
    {
        var utc = modified.ToUniversalTime();
        var clock = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second & ~1, DateTimeKind.Unspecified);
        _entryTime = utc < EarliestZipTime ? EarliestZipTime : new DateTimeOffset(clock, TimeSpan.Zero);
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        Add("mimetype", "application/epub+zip"u8, CompressionLevel.NoCompression);
        Add("META-INF/container.xml", Encoding.UTF8.GetBytes(ContainerXml(packagePath)), CompressionLevel.Optimal);
    }

    public void Add(string path, ReadOnlySpan<byte> content, CompressionLevel compression)
    {
        var entry = _zip.CreateEntry(path, compression);
        entry.LastWriteTime = _entryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }

    public void Dispose() => _zip.Dispose();

    private static string ContainerXml(string packagePath) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
          <rootfiles>
            <rootfile full-path="{packagePath}" media-type="application/oebps-package+xml"/>
          </rootfiles>
        </container>

        """;
}
