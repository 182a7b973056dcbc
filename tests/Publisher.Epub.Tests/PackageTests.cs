using System.Xml.Linq;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Epub.Books;
using Publisher.Epub.Chapters;
using Publisher.Epub.Tests.Support;
using Publisher.Core.Wording;

namespace Publisher.Epub.Tests;

[Collection(CheckedBooksCollection.Name)]
public class PackageTests(CheckedBooks books)
{
    [Fact]
    public void Container_starts_with_a_stored_mimetype_then_the_container_file()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(books.Samples[0]);
        Assert.Equal("mimetype", zip.Entries[0].FullName);
        Assert.Equal(zip.Entries[0].Length, zip.Entries[0].CompressedLength);
        Assert.Equal("META-INF/container.xml", zip.Entries[1].FullName);
        var bytes = File.ReadAllBytes(books.Samples[0]);
        Assert.Equal("mimetypeapplication/epub+zip", System.Text.Encoding.ASCII.GetString(bytes, 30, 28));
    }

    [Fact]
    public void Weekly_issue_metadata_comes_from_the_content()
    {
        var corpus = books.SampleCorpus;
        var week = corpus.Weeks[^1];
        var epub = EpubContents.Open(PathOf(books.Samples, $"epub/{week.Week}.epub"));

        Assert.Equal(BookIdentity.Urn(BookIdentity.Of(corpus.Site.BaseUrl, "week/" + week.Week)), epub.Dublin("identifier"));
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", epub.Dublin("identifier"));
        var newest = week.Articles.Max(a => a.Published.ToInstant(corpus.Site.TimeZone)).UtcDateTime;
        Assert.Equal(newest.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), epub.Meta("dcterms:modified"));
        Assert.Equal(corpus.Site.Language, epub.Dublin("language"));
        Assert.Equal(week.Articles.Max(a => a.Published.Date).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), epub.Dublin("date"));
        Assert.Contains(corpus.Site.Title, epub.Dublin("title"));
        Assert.Equal(corpus.Site.Author.Name, epub.Dublin("creator"));
        // A library's synopsis and tags: the issue's sections.
        var sections = week.Sections.Where(s => s.Tag is not null).Select(s => s.Tag!.Name).ToList();
        Assert.Equal(sections, epub.Package.Descendants(EpubContents.Dc + "subject").Select(s => s.Value));
        Assert.StartsWith($"{Words.German.WeekTitle(week.Week)} (", epub.Dublin("description"));
        Assert.Contains(Words.German.Articles(week.Articles.Length), epub.Dublin("description"));
        Assert.All(sections, name => Assert.Contains(name, epub.Dublin("description")));
        Assert.Equal(corpus.Site.Title, epub.Meta("belongs-to-collection"));
        // A whole number, as readers take it (2026.10 read as 2026.1 shows week 10 as week 1).
        Assert.Equal(week.Week.Year * 100 + week.Week.Week, int.Parse(epub.Meta("group-position"), System.Globalization.CultureInfo.InvariantCulture));
        // No pictures: the cover's alt text says what it shows, so text alone suffices.
        Assert.Equal(["textual,visual", "textual"], epub.Metas("schema:accessModeSufficient").Select(m => m.Value));
        Assert.Equal(Words.German.AccessibilitySummary, epub.Meta("schema:accessibilitySummary"));
        Assert.Equal("none", epub.Meta("schema:accessibilityHazard"));
        Assert.NotEmpty(epub.Meta("schema:accessibilitySummary"));
        var features = epub.Metas("schema:accessibilityFeature").Select(m => m.Value).ToList();
        Assert.Contains("tableOfContents", features);
        Assert.Contains("readingOrder", features);
        Assert.Contains("alternativeText", features);
    }

    [Fact]
    public void Identifiers_differ_between_books_and_tag_books_have_no_series()
    {
        var identifiers = books.Samples.Select(f => EpubContents.Open(f).Dublin("identifier")).ToList();
        Assert.Equal(identifiers.Count, identifiers.Distinct().Count());
        var tagBook = EpubContents.Open(books.Samples.First(f => f.Contains("/tags/", StringComparison.Ordinal)));
        Assert.Empty(tagBook.Metas("belongs-to-collection"));
    }

    [Fact]
    public void Weekly_sections_follow_first_tags_with_articles_oldest_first()
    {
        var corpus = books.GeneratedCorpus;
        foreach (var week in corpus.Weeks)
        {
            var epub = EpubContents.Open(PathOf(books.Generated, $"epub/{week.Week}.epub"));
            var expected = week.Sections.SelectMany(s => s.Articles).Select(ChapterFiles.Of).ToList();
            Assert.Equal(expected, epub.SpineChapters());
            Assert.Equal(week.Articles.Length, expected.Count); // each article once, in its first tag's section
            var nav = epub.Xml("EPUB/nav.xhtml");
            var topLevel = nav.Descendants(EpubContents.Xhtml + "nav").First().Element(EpubContents.Xhtml + "ol")!
                .Elements(EpubContents.Xhtml + "li").Select(li => li.Element(EpubContents.Xhtml + "a")!.Value).ToList();
            Assert.Equal([Words.German.Contents, .. week.Sections.Select(s => s.Tag?.Name ?? Words.German.Untagged)], topLevel);
            XNamespace ncx = "http://www.daisy.org/z3986/2005/ncx/";
            var ncxTopLevel = epub.Xml("EPUB/toc.ncx").Root!.Element(ncx + "navMap")!.Elements(ncx + "navPoint")
                .Select(point => point.Element(ncx + "navLabel")!.Value).ToList();
            Assert.Equal(topLevel, ncxTopLevel); // older readers see the same table of contents
            foreach (var section in week.Sections)
                Assert.Equal(section.Articles.OrderBy(a => a.Published.Date).Select(a => a.Published.Date), section.Articles.Select(a => a.Published.Date));
        }
    }

    [Fact]
    public void Tag_books_hold_every_article_of_the_tag_newest_week_first()
    {
        var corpus = books.GeneratedCorpus;
        foreach (var group in corpus.TagGroups)
        {
            var epub = EpubContents.Open(PathOf(books.Generated, $"epub/tags/{group.Tag.Slug}.epub"));
            var chapters = epub.SpineChapters();
            Assert.Equal(group.Articles.Select(ChapterFiles.Of).Order(), chapters.Order());
            var articles = chapters.Select(c => group.Articles.Single(a => ChapterFiles.Of(a) == c)).ToList();
            Assert.Equal(articles.Select(a => a.Week).OrderByDescending(w => w), articles.Select(a => a.Week));
            // Read straight through, the dates only go back.
            var instants = articles.Select(a => a.Published.ToInstant(corpus.Site.TimeZone)).ToList();
            Assert.Equal(instants.OrderByDescending(i => i), instants);
            Assert.Equal(BookText.Visible(group.Tag.Name, group.Tag.Slug.Value), epub.Package.Descendants(EpubContents.Dc + "subject").First().Value);
        }
    }

    [Fact]
    public void Links_to_articles_in_the_same_book_are_internal_and_others_absolute()
    {
        var corpus = books.GeneratedCorpus;
        var checkedInternal = 0;
        var checkedExternal = 0;
        foreach (var week in corpus.Weeks)
        {
            var epub = EpubContents.Open(PathOf(books.Generated, $"epub/{week.Week}.epub"));
            var inBook = week.Articles.Select(a => a.Slug).ToHashSet();
            foreach (var article in week.Articles)
            {
                var hrefs = epub.Chapter(ChapterFiles.Of(article)).Descendants(EpubContents.Xhtml + "a").Select(a => (string)a.Attribute("href")!).ToList();
                foreach (var target in article.Body.OfType<Paragraph>().SelectMany(p => p.Inlines).OfType<LinkInline>().Select(l => l.Url!))
                {
                    var linked = corpus.Articles.FirstOrDefault(a => corpus.Site.Article(a.Slug) == target);
                    if (linked is not null && inBook.Contains(linked.Slug)) { Assert.Contains(ChapterFiles.Of(linked), hrefs); checkedInternal++; }
                    else { Assert.Contains(target.AbsoluteUri, hrefs); checkedExternal++; }
                }
                Assert.DoesNotContain(hrefs, h => !h.StartsWith("https://", StringComparison.Ordinal) && !File.Exists(h) && !epub.Names.Contains("EPUB/" + h));
            }
        }
        Assert.True(checkedInternal > 0 && checkedExternal > 0);
    }

    [Fact]
    public void A_link_to_another_content_file_or_a_part_of_the_page_is_a_link_inside_the_book()
    {
        var verweis = books.HostileCorpus.Articles.Single(a => a.Id.ToString() == "verweis");
        var other = books.HostileCorpus.Articles.Single(a => a.Id.ToString() == "nur-ein-titel");
        var epub = EpubContents.Open(books.Hostile.Single(f => f.EndsWith($"epub/{verweis.Week}.epub", StringComparison.Ordinal)));
        var hrefs = epub.Chapter(ChapterFiles.Of(verweis)).Descendants(EpubContents.Xhtml + "a").Select(a => (string)a.Attribute("href")!).ToList();
        // [der andere](empty-body.md#oben) and [nach oben](#oben): chapters of the book; the link out of the content folder stays a web address.
        // The body's links come first; the chapter's own (its page online, pager, contents) after them.
        Assert.Equal([ChapterFiles.Of(other), ChapterFiles.Of(verweis), ChapterFiles.Of(other), ChapterFiles.Of(verweis), "https://example.org/etc/passwd.md"], hrefs.Take(5));
        Assert.DoesNotContain(hrefs, h => h.Contains("empty-body.md", StringComparison.Ordinal) || h.Contains("#oben", StringComparison.Ordinal));
        Assert.Contains("https://example.org/etc/passwd.md", hrefs);
        Assert.Contains(books.HostileDiagnostics.Sorted(), d => d.File == "links-to-self.md" && d.Line == 9 && d.Message.Contains("leads out of the content folder"));
    }

    [Fact]
    public void A_chapter_in_another_language_says_so()
    {
        var corpus = books.GeneratedCorpus;
        var english = corpus.Articles.First(a => a.Language == "en");
        var epub = EpubContents.Open(PathOf(books.Generated, $"epub/{english.Week}.epub"));
        var html = epub.Chapter(ChapterFiles.Of(english)).Root!;
        Assert.Equal("en", (string?)html.Attribute(System.Xml.Linq.XNamespace.Xml + "lang"));
        Assert.Contains("en", epub.Package.Descendants(EpubContents.Dc + "language").Select(l => l.Value));
        var german = corpus.Articles.First(a => a.Language == "de" && a.Week == english.Week);
        Assert.Equal("de", (string?)epub.Chapter(ChapterFiles.Of(german)).Root!.Attribute(System.Xml.Linq.XNamespace.Xml + "lang"));
    }

    [Fact]
    public void Every_text_around_a_chapter_carries_the_language_it_is_in()
    {
        var corpus = books.GeneratedCorpus;
        var byFile = corpus.Articles.ToDictionary(ChapterFiles.Of);
        var checkedOther = 0;
        foreach (var week in corpus.Weeks)
        {
            var epub = EpubContents.Open(PathOf(books.Generated, $"epub/{week.Week}.epub"));
            var bookLanguage = BookText.Language(corpus.Site, week.Articles);
            var bookWords = Words.For(bookLanguage);
            foreach (var file in epub.SpineChapters())
            {
                var page = epub.Chapter(file).Root!;
                var language = byFile[file].Language;
                var section = page.Descendants(EpubContents.Xhtml + "p").SingleOrDefault(p => (string?)p.Attribute("class") == "section");
                if (section is not null) Assert.Equal(bookLanguage, LanguageOf(section)); // the book's sections, in its words
                // The pager is the book's: its words and language, whatever the chapter's article is in.
                var pager = page.Descendants(EpubContents.Xhtml + "nav").Single(n => (string?)n.Attribute("class") == "pager");
                Assert.Equal(bookWords.Pager, (string?)pager.Attribute("aria-label"));
                Assert.Equal(bookLanguage, LanguageOf(pager));
                foreach (var link in pager.Descendants(EpubContents.Xhtml + "a").Where(a => a.Attribute("rel") is not null))
                {
                    Assert.Contains((string)link.Attribute("rel")! == "prev" ? bookWords.Previous : bookWords.Next, link.Value);
                    var headline = link.Element(EpubContents.Xhtml + "span")!;
                    var target = byFile[(string)link.Attribute("href")!];
                    Assert.Equal(target.Language, LanguageOf(headline));
                    if (target.Language != bookLanguage) checkedOther++;
                }
                // What belongs to the article speaks its language.
                if (byFile[file].Related.Length > 0)
                    Assert.Equal(Words.For(language).Related, page.Descendants(EpubContents.Xhtml + "aside").Single().Element(EpubContents.Xhtml + "h2")!.Value);
            }
        }
        Assert.True(checkedOther > 0, "the generated corpus has neighbours in different languages");

        static string? LanguageOf(XElement element) =>
            element.AncestorsAndSelf().Select(e => (string?)e.Attribute(XNamespace.Xml + "lang")).FirstOrDefault(l => l is not null);
    }

    [Fact]
    public void Chapters_link_to_the_previous_and_next_article_in_reading_order()
    {
        var epub = EpubContents.Open(PathOf(books.Generated, $"epub/{books.GeneratedCorpus.Weeks[1].Week}.epub"));
        var chapters = epub.SpineChapters();
        for (var i = 0; i < chapters.Count; i++)
        {
            var links = epub.Chapter(chapters[i]).Descendants(EpubContents.Xhtml + "a").ToList();
            string? Rel(string rel) => links.Where(a => (string?)a.Attribute("rel") == rel).Select(a => (string)a.Attribute("href")!).SingleOrDefault();
            Assert.Equal(i > 0 ? chapters[i - 1] : null, Rel("prev"));
            Assert.Equal(i + 1 < chapters.Count ? chapters[i + 1] : null, Rel("next"));
        }
    }

    [Fact]
    public void Hostile_text_is_escaped_everywhere()
    {
        foreach (var file in books.Hostile)
        {
            var epub = EpubContents.Open(file);
            foreach (var name in epub.Names.Where(n => n.EndsWith(".xhtml", StringComparison.Ordinal) || n.EndsWith(".opf", StringComparison.Ordinal) || n.EndsWith(".ncx", StringComparison.Ordinal)))
            {
                var document = epub.Xml(name); // well-formed XML or this throws
                Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName is "script" or "b" or "titel");
                Assert.DoesNotContain(document.DescendantNodes().OfType<System.Xml.Linq.XText>(), t => t.Value.Any(c => c < ' ' && c is not ('\n' or '\r' or '\t')));
            }
        }
    }

    private static string PathOf(IReadOnlyList<string> files, string relative) =>
        files.Single(f => f.EndsWith("/" + relative, StringComparison.Ordinal));
}
