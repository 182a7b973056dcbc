using System.Globalization;
using System.Text;
using System.Xml;
using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Rendering;

/// <summary>
/// The document's XMP metadata packet, written by us because PDFsharp 6.2.4 copies the keywords (and other
/// texts) into its packet unescaped: a tag "Mieten &amp; Wohnen" made the packet ill-formed XML. Every text is
/// escaped here; characters XML cannot hold at all (control characters, lone surrogates) become U+FFFD.
/// The ids are placeholders that <see cref="PdfRewriter"/> replaces with values derived from the content.
/// </summary>
internal static class XmpPacket
{
    /// <summary>A placeholder id of the same form as PDFsharp's (the rewriter's uuid pattern finds it).</summary>
    private const string PlaceholderId = "uuid:00000000-0000-0000-0000-000000000000";

    public static byte[] For(DocumentInfo info, string producer)
    {
        var date = info.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var keywords = string.Join(", ", info.Keywords);
        var xml = new StringBuilder()
            .Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
            .Append("  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("    <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
            .Append("      <pdf:Producer>").Append(Text(producer)).Append("</pdf:Producer>\n")
            .Append("      <pdf:Keywords>").Append(Text(keywords)).Append("</pdf:Keywords>\n")
            .Append("    </rdf:Description>\n")
            .Append("    <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
            .Append("      <dc:format>application/pdf</dc:format>\n")
            .Append("      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Text(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n")
            .Append("      <dc:creator><rdf:Seq><rdf:li>").Append(Text(info.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n")
            .Append("      <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Text(info.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n")
            .Append("      <dc:subject><rdf:Bag>");
        foreach (var keyword in info.Keywords) xml.Append("<rdf:li>").Append(Text(keyword)).Append("</rdf:li>");
        xml.Append("</rdf:Bag></dc:subject>\n")
            .Append("      <dc:language><rdf:Bag><rdf:li>").Append(Text(info.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n")
            .Append("    </rdf:Description>\n")
            .Append("    <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
            .Append("      <xmp:CreatorTool>Publisher</xmp:CreatorTool>\n")
            .Append("      <xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n")
            .Append("      <xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n")
            .Append("      <xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n")
            .Append("    </rdf:Description>\n")
            .Append("    <rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
            .Append("      <xmpMM:DocumentID>").Append(PlaceholderId).Append("</xmpMM:DocumentID>\n")
            .Append("      <xmpMM:InstanceID>").Append(PlaceholderId).Append("</xmpMM:InstanceID>\n")
            .Append("    </rdf:Description>\n")
            .Append("  </rdf:RDF>\n")
            .Append("</x:xmpmeta>\n")
            .Append("<?xpacket end=\"w\"?>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    /// <summary>Character data: &amp;, &lt; and &gt; escaped, characters XML 1.0 cannot hold replaced by U+FFFD.</summary>
    internal static string Text(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
                continue;
            }
            result.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ when XmlConvert.IsXmlChar(c) => c.ToString(),
                _ => "\uFFFD",
            });
        }
        return result.ToString();
    }
}
