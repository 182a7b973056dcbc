using System.IO.Compression;
using System.Xml.Linq;

namespace Publisher.Epub.Tests.Support;

/// <summary>Reads a written EPUB back: its entries in order, the package and any page as parsed XML.</summary>
internal sealed class EpubContents
{
    public static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Ncx = "http://www.daisy.org/z3986/2005/ncx/";

    private readonly Dictionary<string, byte[]> _entries = new(StringComparer.Ordinal);

    public EpubContents(byte[] epub)
    {
        using var zip = new ZipArchive(new MemoryStream(epub), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            _entries[entry.FullName] = buffer.ToArray();
            Names.Add(entry.FullName);
        }
    }

    public static EpubContents Open(string path) => new(File.ReadAllBytes(path));

    public List<string> Names { get; } = [];

    public byte[] Bytes(string name) => _entries[name];

    public string Text(string name) => System.Text.Encoding.UTF8.GetString(_entries[name]);

    public XDocument Xml(string name) => XDocument.Parse(Text(name));

    public XDocument Package => Xml("EPUB/package.opf");

    public IEnumerable<XElement> Metas(string property) =>
        Package.Descendants(Opf + "meta").Where(m => (string?)m.Attribute("property") == property);

    public string Meta(string property) => Metas(property).Single().Value;

    public string Dublin(string name) => Package.Descendants(Dc + name).First().Value;

    /// <summary>Chapter files in spine order (without the cover and contents pages).</summary>
    public IReadOnlyList<string> SpineChapters()
    {
        var items = Package.Descendants(Opf + "item").ToDictionary(i => (string)i.Attribute("id")!, i => (string)i.Attribute("href")!);
        return [.. Package.Descendants(Opf + "itemref").Select(r => items[(string)r.Attribute("idref")!]).Where(f => f.StartsWith("a-", StringComparison.Ordinal))];
    }

    public XDocument Chapter(string file) => Xml("EPUB/" + file);
}
