using System.Globalization;
using System.Xml;
using Publisher.Epub.Books;
using Publisher.Epub.Chapters;
using Publisher.Epub.Package;
using Publisher.Epub.Views;

namespace Publisher.Epub.Navigation;

/// <summary>
/// <c>toc.ncx</c>, the EPUB 2 table of contents older readers use: the same two levels as <c>nav.xhtml</c>
/// (section → article), with play order in reading order. A section links to its first article, as in the nav.
/// </summary>
public static class NcxDocument
{
    private const string Ncx = "http://www.daisy.org/z3986/2005/ncx/";

    public static void Write(Stream output, BookView book) => XmlOutput.Write(output, w =>
    {
        w.WriteStartElement("ncx", Ncx);
        w.WriteAttributeString("version", "2005-1");
        w.WriteAttributeString("xml", "lang", null, book.Language);
        w.WriteStartElement("head", Ncx);
        Meta(w, "dtb:uid", book.Identifier);
        Meta(w, "dtb:depth", "2");
        Meta(w, "dtb:totalPageCount", "0");
        Meta(w, "dtb:maxPageNumber", "0");
        w.WriteEndElement();
        w.WriteStartElement("docTitle", Ncx);
        w.WriteElementString("text", Ncx, book.Title);
        w.WriteEndElement();
        w.WriteStartElement("navMap", Ncx);
        var order = 0;
        StartPoint(w, "contents", ++order, book.Words.Contents, ChapterFiles.Contents);
        w.WriteEndElement();
        foreach (var section in book.Sections)
        {
            // A section points at its first article, which therefore shares its play order.
            StartPoint(w, section.Anchor, ++order, section.Title, section.Entries[0].File);
            for (var i = 0; i < section.Entries.Count; i++)
            {
                var entry = section.Entries[i];
                StartPoint(w, "n-" + entry.File.Replace(".xhtml", ""), i == 0 ? order : ++order, entry.Headline, entry.File, entry.Language);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void Meta(XmlWriter w, string name, string content)
    {
        w.WriteStartElement("meta", Ncx);
        w.WriteAttributeString("name", name);
        w.WriteAttributeString("content", content);
        w.WriteEndElement();
    }

    /// <param name="language">The label's language where it differs from the book's.</param>
    private static void StartPoint(XmlWriter w, string id, int order, string label, string src, string? language = null)
    {
        w.WriteStartElement("navPoint", Ncx);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("playOrder", order.ToString(CultureInfo.InvariantCulture));
        w.WriteStartElement("navLabel", Ncx);
        if (language is not null) w.WriteAttributeString("xml", "lang", null, language);
        w.WriteElementString("text", Ncx, label);
        w.WriteEndElement();
        w.WriteStartElement("content", Ncx);
        w.WriteAttributeString("src", src);
        w.WriteEndElement();
    }
}
