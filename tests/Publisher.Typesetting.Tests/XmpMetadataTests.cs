using System.Xml;
using System.Xml.Linq;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;
using UglyToad.PdfPig;

namespace Publisher.Typesetting.Tests;

/// <summary>The XMP metadata packet is well-formed XML that gives back every text as written, whatever it holds.</summary>
public sealed class XmpMetadataTests
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";

    private static readonly DocumentInfo Hostile = new(
        "Mieten & Wohnen <b>\"Zitat\"</b> ]]> &amp; \u0001 Ende",
        "Tom & Jerry <tj@example.org>",
        "a > b & c < d",
        ["Mieten & Wohnen", "a<b", "</pdf:Keywords>", "Ost/West"],
        "de",
        new DateTimeOffset(2026, 11, 22, 18, 30, 0, TimeSpan.FromHours(1)));

    [Fact]
    public void The_packet_parses_as_xml_and_holds_title_author_subject_and_keywords_as_written()
    {
        var xmp = Packet(Hostile);
        Assert.Equal("Mieten & Wohnen <b>\"Zitat\"</b> ]]> &amp; \uFFFD Ende", Alt(xmp, Dc + "title"));
        Assert.Equal("Tom & Jerry <tj@example.org>", xmp.Descendants(Dc + "creator").Descendants(Rdf + "li").Single().Value);
        Assert.Equal("a > b & c < d", Alt(xmp, Dc + "description"));
        Assert.Equal("Mieten & Wohnen, a<b, </pdf:Keywords>, Ost/West", xmp.Descendants(Pdf + "Keywords").Single().Value);
        Assert.Equal(Hostile.Keywords, xmp.Descendants(Dc + "subject").Descendants(Rdf + "li").Select(li => li.Value));
        Assert.Contains("2026-11-22T17:30:00Z", xmp.ToString());
    }

    [Fact]
    public void The_packets_ids_are_derived_from_the_content()
    {
        var ids = Packet(Hostile).Descendants().Where(e => e.Name.LocalName is "DocumentID" or "InstanceID").Select(e => e.Value).ToList();
        Assert.Equal(2, ids.Count);
        Assert.All(ids, id => Assert.Matches("^uuid:[0-9a-f-]{36}$", id));
        Assert.DoesNotContain("uuid:00000000-0000-0000-0000-000000000000", ids);
        Assert.Equal(ids, Packet(Hostile).Descendants().Where(e => e.Name.LocalName is "DocumentID" or "InstanceID").Select(e => e.Value));
    }

    private static string Alt(XDocument xmp, XName property) =>
        xmp.Descendants(property).Single().Element(Rdf + "Alt")!.Element(Rdf + "li")!.Value;

    /// <summary>Renders a one-paragraph document with <paramref name="info"/> and parses its XMP metadata stream.</summary>
    private static XDocument Packet(DocumentInfo info)
    {
        var markup = XhtmlReader.Read("<html><body><p>Text.</p></body></html>", "xmp.xhtml", new TypesettingStyle());
        var pdf = new Typesetter(markup.Style).Render(new TypesetDocument(markup.Blocks, info)).Pdf;
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetXmpMetadata(out var metadata));
        using var reader = XmlReader.Create(new MemoryStream(metadata.GetXmlBytes().ToArray()),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }
}
