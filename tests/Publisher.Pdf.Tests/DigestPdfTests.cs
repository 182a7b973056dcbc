using System.Text.RegularExpressions;
using Publisher.Core.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Publisher.Pdf.Tests;

public sealed class DigestPdfTests(DigestFixture fixture) : IClassFixture<DigestFixture>
{
    [Fact]
    public void The_shipped_template_produces_markup_without_problems() => Assert.Empty(fixture.Diagnostics.Sorted());

    [Fact]
    public void Every_toc_number_is_the_page_where_the_articles_headline_stands()
    {
        var tocText = string.Join("\n", fixture.PageTexts.Take(3));
        var checkedEntries = 0;
        foreach (var group in fixture.View.Toc)
        foreach (var entry in group.Entries)
        {
            var match = Regex.Match(tocText, Regex.Escape(entry.Headline) + @"[ .]*?(\d+)\s*$", RegexOptions.Multiline);
            Assert.True(match.Success, $"no TOC line for '{entry.Headline}'");
            var page = int.Parse(match.Groups[1].Value);
            var headlinePages = fixture.PagesWith(entry.Headline).Where(p => p > 2).ToList();
            Assert.Contains(page, headlinePages);
            Assert.Equal(fixture.Result.Plan.Anchors[entry.Anchor].Page, page);
            checkedEntries++;
        }
        Assert.True(checkedEntries > fixture.Week.Articles.Length, "articles with several tags are listed under each of them");
    }

    [Fact]
    public void Contents_groups_follow_the_pages_their_numbers_show_a_section_before_the_tags_that_start_with_it()
    {
        // A group's number is its section's page, or its first article's when the tag has no section here.
        var numbers = fixture.View.Toc.Select(g => fixture.Result.Plan.Anchors[g.Anchor].Page).ToList();
        Assert.Equal(numbers.Order(), numbers);
        var sectionStarts = fixture.View.Sections.ToDictionary(s => s.Name, s => s.Articles[0].Anchor);
        var sectionNames = sectionStarts.Keys.ToHashSet();
        var groups = fixture.View.Toc.Select(g => (g.Name, Start: sectionStarts.GetValueOrDefault(g.Name, g.Entries[0].Anchor))).ToList();
        for (var i = 1; i < groups.Count; i++)
        {
            if (groups[i].Start == groups[i - 1].Start)
                Assert.False(sectionNames.Contains(groups[i].Name) && !sectionNames.Contains(groups[i - 1].Name), $"{groups[i].Name} after {groups[i - 1].Name}");
        }
    }

    [Fact]
    public void An_article_with_several_tags_is_printed_once_under_its_first_tag()
    {
        foreach (var article in fixture.Week.Articles)
        {
            var printed = fixture.View.Sections.Where(s => s.Articles.Any(a => a.Anchor == "article-" + article.Slug.Value)).ToList();
            Assert.Single(printed);
            Assert.Equal(fixture.Corpus.TagsOf(article)[0].Name, printed[0].Name);
            var groups = fixture.View.Toc.Where(g => g.Entries.Any(e => e.Anchor == "article-" + article.Slug.Value)).Select(g => g.Name);
            Assert.Equal(article.Tags.Order(), groups.Order());
        }
        Assert.Contains(fixture.Week.Articles, a => a.Tags.Length > 1);
    }

    [Fact]
    public void Outline_has_a_tag_entry_per_section_and_an_entry_per_article_on_the_right_page()
    {
        using var pdf = PdfDocument.Open(fixture.PdfPath);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(fixture.View.Sections.Select(s => s.Name), roots.Select(r => r.Title));
        foreach (var (section, root) in fixture.View.Sections.Zip(roots))
        {
            Assert.Equal(fixture.Result.Plan.Anchors[section.Anchor].Page, root.PageNumber);
            var children = root.Children.Cast<DocumentBookmarkNode>().ToList();
            Assert.Equal(section.Articles.Select(a => a.Article.Headline), children.Select(c => c.Title));
            foreach (var (article, child) in section.Articles.Zip(children))
                Assert.Contains(child.PageNumber, fixture.PagesWith(article.Article.Headline));
        }
    }

    [Fact]
    public void Every_page_of_a_german_digest_says_seite_x_von_y()
    {
        var count = fixture.PageTexts.Count;
        Assert.True(count >= 6);
        for (var page = 1; page <= count; page++)
        {
            Assert.Contains($"Seite {page} von {count}", fixture.PageTexts[page - 1]);
            Assert.DoesNotContain("page", fixture.PageTexts[page - 1].Split('\n').Last(line => line.Trim().Length > 0));
        }
    }

    [Theory]
    [InlineData("de", "Seite", "von")]
    [InlineData("de-AT", "Seite", "von")]
    [InlineData("en", "page", "of")]
    [InlineData("en-GB", "page", "of")]
    public void The_footer_words_are_in_the_sites_language(string language, string page, string of)
    {
        var words = Publisher.Core.Wording.Words.For(language);
        Assert.Equal((page, of), (words.Page, words.Of));
    }

    [Fact]
    public void Running_header_names_site_week_and_the_current_tag()
    {
        foreach (var section in fixture.View.Sections)
        {
            var page = fixture.Result.Plan.Anchors[section.Anchor].Page;
            var header = fixture.PageTexts[page - 1].Split('\n')[0];
            Assert.Contains("Stadtbote Test · Woche 46/2026", header);
            Assert.EndsWith(section.Name, header.TrimEnd());
        }
    }

    [Fact]
    public void Pdftotext_gives_back_every_headline_and_paragraph_in_reading_order()
    {
        // The body text of each page, without running header and footer lines.
        var bodies = fixture.PageTexts.Skip(2).Select(page => string.Join('\n', page.Split('\n')
            .Where(line => !line.Contains("Stadtbote Test · Woche 46/2026") && !Regex.IsMatch(line, @"^\s*Seite \d+ von \d+\s*$"))));
        var text = DigestFixture.Normalize(string.Concat(bodies));
        var position = 0;
        foreach (var section in fixture.View.Sections)
        foreach (var item in section.Articles)
        {
            var expected = new List<string> { item.Article.Headline };
            if (item.Article.Teaser is { } teaser) expected.Add(teaser);
            expected.AddRange(Paragraphs(item.Article.Body));
            foreach (var piece in expected)
            {
                var found = text.IndexOf(DigestFixture.Normalize(piece), position, StringComparison.Ordinal);
                Assert.True(found >= 0, $"'{piece}' missing or out of order");
                position = found;
            }
        }
    }

    [Fact]
    public void Qpdf_check_passes_and_every_font_is_an_embedded_subset()
    {
        var (code, output) = Tool.Run("qpdf", "--check", fixture.PdfPath);
        Assert.True(code == 0, output);
        var fonts = Tool.Run("pdffonts", fixture.PdfPath).Output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, row => Assert.Matches(@"^[A-Z]{6}\+.*\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", row));
    }

    [Fact]
    public void Title_page_shows_site_week_date_range_and_tags_with_counts()
    {
        var title = fixture.PageTexts[0];
        Assert.Contains("Stadtbote Test", title);
        Assert.Contains("Woche 46/2026 · 9.–15. November 2026", title);
        foreach (var tag in fixture.View.Tags)
            Assert.Contains($"{tag.Name} · {tag.Count} Artikel", title);
    }

    [Fact]
    public void Metadata_names_the_digest_its_tags_and_language()
    {
        var info = Tool.Run("pdfinfo", fixture.PdfPath).Output;
        Assert.Contains("Title:           Stadtbote Test – Woche 46/2026", info);
        Assert.Contains("Keywords:        " + string.Join(", ", fixture.View.Tags.Select(t => t.Name)), info);
        Assert.Contains("Sun Nov 15 00:00:00 2026 UTC", info);
    }

    [Fact]
    public void The_same_week_renders_to_the_same_bytes()
    {
        var again = fixture.Renderer.Render(fixture.Corpus, fixture.Week, new());
        Assert.Equal(fixture.Result.Pdf, again.Pdf);
    }

    private static IEnumerable<string> Paragraphs(IEnumerable<Publisher.Templating.Views.BlockView> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Type == "p" && block.Html is { } html)
                yield return System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", ""));
            else if (block.Type == "h" && block.Text is { } text) yield return text;
        }
    }
}
