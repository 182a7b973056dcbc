using System.Xml.Linq;
using Publisher.Epub.Tests.Support;

namespace Publisher.Epub.Tests;

/// <summary>
/// A taz dump's links that its text does not show as working links (defined but never used, used but never defined)
/// are listed after the article in the book, as in the feeds, so that none is lost.
/// </summary>
public class LinksListTests
{
    [Fact]
    public void Links_the_text_does_not_show_are_listed_after_the_article_under_their_numbers()
    {
        var (corpus, _) = Corpora.FromFolder(Corpora.WriteFolder(
            ("enten.txt", "# taz.de -- Stadtteich: Enten zählen\nDer Bezirk hat die Enten [1][gezählt], mehr steht im [2][Bericht].\n"
                + "3 Feb 2026\n## LINKS\n[1] /Enten/!1000001\n[3] https://example.org/teich.pdf\n")));
        var output = Directory.CreateTempSubdirectory("epub-links-").FullName;
        BookFiles.WriteAll(corpus, output);
        var book = Path.Combine(output, "epub/2026-W06.epub");
        var chapter = EpubContents.Open(book).Chapter("a-enten.xhtml");

        var list = chapter.Descendants(EpubContents.Xhtml + "ol").Single(ol => (string?)ol.Attribute("class") == "links");
        Assert.Equal("Links", ((XElement)list.PreviousNode!).Value);
        Assert.Equal(
            [("2", "Bericht", null), ("3", "https://example.org/teich.pdf", "https://example.org/teich.pdf")],
            list.Elements(EpubContents.Xhtml + "li").Select(li => ((string?)li.Attribute("value"), li.Value,
                (string?)li.Element(EpubContents.Xhtml + "a")?.Attribute("href"))));
        // The link the text shows stays in the text, not in the list.
        Assert.Contains(chapter.Descendants(EpubContents.Xhtml + "a"), a => (string?)a.Attribute("href") == "https://taz.de/Enten/!1000001" && a.Value == "gezählt");
        var validity = EpubCheck.Run([book])[book];
        Assert.Equal((0, 0), (validity.Errors, validity.Warnings));
    }
}
