using System.Xml.Linq;
using Publisher.Core.Grouping;

namespace Publisher.Feeds.Tests;

/// <summary>Untrusted text (tags, titles, authors, bodies) comes out as text: escaped, never markup, never an illegal character.</summary>
public class EscapingTests
{
    private static readonly Corpus Corpus = HostileCorpus.Create();
    private static readonly FeedOutput Output = FeedOutput.Build(Corpus);

    [Fact]
    public void Hostile_tags_and_titles_read_back_as_the_same_text_in_every_format()
    {
        var results = FeedParserCheck.Run(new[] { "feeds/atom.xml", "feeds/rss.xml", "feeds/feed.json" }.Select(Output.FullPath));
        foreach (var (path, result) in results)
        {
            var titles = result.Entries.Select(e => e.Title).ToList();
            foreach (var title in HostileCorpus.HostileTitles) Assert.True(titles.Contains(title), $"{path}: '{title}' not among {string.Join(" | ", titles)}");
            var tags = result.Entries.SelectMany(e => e.Tags).ToHashSet();
            Assert.True(tags.SetEquals(Corpus.Tags.Select(t => t.Name.Replace("\u0003", ""))), $"{path}: {string.Join(" | ", tags)}");
        }
    }

    [Fact]
    public void No_file_carries_markup_from_user_text()
    {
        foreach (var path in Output.Paths(".xml"))
        {
            var document = XDocument.Parse(Output.Text(path));
            Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "b" or "i" or "img");
            foreach (var content in document.Descendants().Where(e => e.Name.LocalName is "content" or "encoded"))
            {
                var html = XElement.Parse("<div>" + content.Value + "</div>");
                Assert.DoesNotContain(html.Descendants(), e => e.Name.LocalName is "script" or "img" or "b" or "i");
                Assert.DoesNotContain(html.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Content_links_are_absolute_http_urls()
    {
        foreach (var path in Output.Paths(".atom.xml").Append("feeds/atom.xml"))
        {
            var document = XDocument.Parse(Output.Text(path));
            foreach (var content in document.Descendants(XName.Get("content", "http://www.w3.org/2005/Atom")))
            {
                Assert.Equal("html", content.Attribute("type")?.Value);
                var hrefs = XElement.Parse("<div>" + content.Value + "</div>").Descendants().Attributes().Where(a => a.Name.LocalName is "href" or "src");
                Assert.All(hrefs, href => Assert.True(Uri.TryCreate(href.Value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http", href.Value));
            }
        }
        Assert.Contains("href=\"https://example.org/path/page?a=1&amp;b=2\"", XDocument.Parse(Output.Text("feeds/atom.xml")).ToString().Replace("&amp;amp;", "&amp;"));
    }

    [Fact]
    public void Characters_xml_forbids_never_reach_a_file()
    {
        foreach (var (path, bytes) in Output.Files)
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                Assert.False(c < ' ' && c is not '\n' and not '\t' || c is '\uFFFE' or '\uFFFF', $"{path}: U+{(int)c:X4} at {i}");
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else Assert.False(char.IsSurrogate(c), $"{path}: lone surrogate at {i}");
            }
            Assert.DoesNotContain("&#x", text, StringComparison.OrdinalIgnoreCase); // no escaped control characters either
            Assert.DoesNotContain("\\u000", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Invalid_article_language_falls_back_to_the_sites()
    {
        var atom = XDocument.Parse(Output.Text("feeds/atom.xml"));
        var languages = atom.Descendants(XName.Get("entry", "http://www.w3.org/2005/Atom")).Select(e => e.Attribute(XNamespace.Xml + "lang")?.Value).ToHashSet();
        Assert.Equal(["de"], languages);
    }
}
