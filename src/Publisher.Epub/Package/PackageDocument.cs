using System.Globalization;
using System.Xml;
using Publisher.Core.Model;
using Publisher.Core.Wording;
using Publisher.Epub.Books;
using Publisher.Epub.Chapters;

namespace Publisher.Epub.Package;

/// <summary>
/// The OPF 3 package document: metadata (identifier, title, description, subjects, language, creator, modified date,
/// series, accessibility), the manifest of every file and the spine in reading order.
/// </summary>
public static class PackageDocument
{
    private const string Opf = "http://www.idpf.org/2007/opf";
    private const string Dc = "http://purl.org/dc/elements/1.1/";

    /// <param name="spine">Manifest ids in reading order.</param>
    /// <param name="pictures">The pictures the book holds: what its accessibility metadata says of them.</param>
    public static void Write(Stream output, EpubBook book, string creator, IReadOnlyList<string> otherLanguages, IReadOnlyList<ManifestItem> manifest,
        IReadOnlyList<string> spine, BookPictures pictures) =>
        XmlOutput.Write(output, w =>
        {
            w.WriteStartElement("package", Opf);
            w.WriteAttributeString("version", "3.0");
            w.WriteAttributeString("unique-identifier", "book-id");
            w.WriteAttributeString("xml", "lang", null, book.Language);
            var rightToLeft = LanguageTag.Direction(book.Language) == LanguageTag.Rtl;
            if (rightToLeft) w.WriteAttributeString("dir", "rtl");
            w.WriteAttributeString("prefix", "schema: http://schema.org/");
            WriteMetadata(w, book, creator, otherLanguages, pictures);
            w.WriteStartElement("manifest", Opf);
            foreach (var item in manifest)
            {
                w.WriteStartElement("item", Opf);
                w.WriteAttributeString("id", item.Id);
                w.WriteAttributeString("href", item.Href);
                w.WriteAttributeString("media-type", item.MediaType);
                if (item.Properties is not null) w.WriteAttributeString("properties", item.Properties);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteStartElement("spine", Opf);
            w.WriteAttributeString("toc", "ncx");
            // A book in a right-to-left language turns its pages the other way (left is next), as printed ones do.
            if (rightToLeft) w.WriteAttributeString("page-progression-direction", "rtl");
            foreach (var id in spine)
            {
                w.WriteStartElement("itemref", Opf);
                w.WriteAttributeString("idref", id);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteStartElement("guide", Opf);
            Reference(w, "cover", book.Words.Cover, ChapterFiles.CoverPage);
            Reference(w, "toc", book.Words.Contents, ChapterFiles.Contents);
            w.WriteEndElement();
            w.WriteEndElement();
        });

    private static void WriteMetadata(XmlWriter w, EpubBook book, string creator, IReadOnlyList<string> otherLanguages, BookPictures pictures)
    {
        w.WriteStartElement("metadata", Opf);
        w.WriteAttributeString("xmlns", "dc", null, Dc);
        Dublin(w, "identifier", BookIdentity.Urn(book.Identifier), "book-id");
        Dublin(w, "title", book.Title);
        Dublin(w, "description", book.Description);
        foreach (var subject in book.Subjects) Dublin(w, "subject", subject);
        Dublin(w, "language", book.Language);
        foreach (var language in otherLanguages) Dublin(w, "language", language);
        Dublin(w, "creator", creator);
        Dublin(w, "publisher", creator);
        Dublin(w, "date", book.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Meta(w, "dcterms:modified", book.Modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        if (book.Collection is { } collection)
        {
            Meta(w, "belongs-to-collection", collection.Name, id: "series");
            Meta(w, "collection-type", "series", refines: "#series");
            Meta(w, "group-position", collection.Position, refines: "#series");
        }
        WriteAccessibility(w, book.Words, pictures);
        w.WriteStartElement("meta", Opf); // EPUB 2 readers (and Calibre) find the cover image through this
        w.WriteAttributeString("name", "cover");
        w.WriteAttributeString("content", "cover-image");
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>
    /// Schema.org accessibility metadata (EPUB Accessibility 1.1). The cover image, and any picture, are visual content;
    /// text and pictures together always suffice. Text alone suffices only while every picture shown as an image has a
    /// text alternative (the cover's says what its text says), and only then does the book claim <c>alternativeText</c>.
    /// </summary>
    private static void WriteAccessibility(XmlWriter w, Words words, BookPictures pictures)
    {
        Meta(w, "schema:accessMode", "textual");
        Meta(w, "schema:accessMode", "visual");
        Meta(w, "schema:accessModeSufficient", "textual,visual");
        if (pictures.AllDescribed) Meta(w, "schema:accessModeSufficient", "textual");
        foreach (var feature in new[] { "tableOfContents", "readingOrder", "structuralNavigation" })
            Meta(w, "schema:accessibilityFeature", feature);
        if (pictures.AllDescribed) Meta(w, "schema:accessibilityFeature", "alternativeText");
        Meta(w, "schema:accessibilityHazard", "none");
        var summary = pictures.Files.Count == 0 ? words.AccessibilitySummary
            : $"{words.AccessibilitySummary} {(pictures.AllDescribed ? words.PicturesDescribed : words.PicturesNotAllDescribed)}";
        Meta(w, "schema:accessibilitySummary", summary);
    }

    private static void Dublin(XmlWriter w, string name, string value, string? id = null)
    {
        w.WriteStartElement("dc", name, Dc);
        if (id is not null) w.WriteAttributeString("id", id);
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static void Meta(XmlWriter w, string property, string value, string? id = null, string? refines = null)
    {
        w.WriteStartElement("meta", Opf);
        if (id is not null) w.WriteAttributeString("id", id);
        if (refines is not null) w.WriteAttributeString("refines", refines);
        w.WriteAttributeString("property", property);
        w.WriteString(value);
        w.WriteEndElement();
    }

    private static void Reference(XmlWriter w, string type, string title, string href)
    {
        w.WriteStartElement("reference", Opf);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("title", title);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}
