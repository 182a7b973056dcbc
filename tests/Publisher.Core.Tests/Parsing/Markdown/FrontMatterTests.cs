using Publisher.Core.Model;

namespace Publisher.Core.Tests.Parsing.Markdown;

public class FrontMatterTests
{
    [Fact]
    public void Reads_every_field()
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse("""
            ---
            title: Neue Brücke
            kicker: Verkehr
            date: 2026-11-10
            tags: [Verkehr, Berlin, Verkehr]
            authors:
              - Carla Winter
              - Paul Wendland
            author_role: Analyse
            summary: Die Brücke   öffnet.
            language: de
            id: neue-bruecke
            ---
            Text.
            """)!;

        Assert.Equal("Verkehr: Neue Brücke", article.Title);
        Assert.Equal("Verkehr", article.Kicker);
        Assert.Equal("Neue Brücke", article.Headline);
        Assert.Equal(new DateOnly(2026, 11, 10), article.Published.Date);
        Assert.Null(article.Published.Instant);
        Assert.Equal(["Verkehr", "Berlin"], article.Tags.ToArray());
        Assert.Equal(["Carla Winter", "Paul Wendland"], article.Authors.ToArray());
        Assert.Equal("Analyse", article.AuthorRole);
        Assert.Equal("Die Brücke öffnet.", article.Teaser);
        Assert.Equal("neue-bruecke", article.Id.ToString());
        Assert.Empty(harness.Messages);
    }

    [Theory]
    [InlineData("Verkehr", "Verkehr: Die Brücke")]
    [InlineData("'Analyse:'", "Analyse: Die Brücke")]
    [InlineData("Wer zahlt?", "Wer zahlt? Die Brücke")]
    [InlineData("Endlich!", "Endlich! Die Brücke")]
    [InlineData("Kommentar –", "Kommentar – Die Brücke")]
    [InlineData("'Und dann …'", "Und dann … Die Brücke")]
    [InlineData("تقرير؟", "تقرير؟ Die Brücke")]
    [InlineData("Dr. No", "Dr. No: Die Brücke")] // a mark inside the kicker is no end mark
    public void A_kicker_that_ends_in_its_own_mark_gets_no_second_one_in_the_title(string kicker, string title)
    {
        var article = new MarkdownHarness().Parse($"---\ntitle: Die Brücke\nkicker: {kicker}\ndate: 2026-11-10\n---\nText.\n")!;
        Assert.Equal(title, article.Title);
        Assert.Equal("Die Brücke", article.Headline);
    }

    [Theory]
    [InlineData("2026-11-10T14:30:00+01:00", "2026-11-10T13:30:00Z")]
    [InlineData("2026-11-10T14:30+02:00", "2026-11-10T12:30:00Z")]
    [InlineData("2026-11-10T14:30:00Z", "2026-11-10T14:30:00Z")]
    [InlineData("2026-11-10 14:30", "2026-11-10T13:30:00Z")] // no offset: the site's zone (Berlin, CET)
    [InlineData("2026-07-10 14:30", "2026-07-10T12:30:00Z")] // … in summer time
    public void Dates_with_time_become_instants(string written, string utc)
    {
        var article = new MarkdownHarness().Parse($"---\ntitle: T\ndate: {written}\n---\nx")!;
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), article.Published.Instant);
    }

    [Fact]
    public void Date_only_is_midnight_in_the_site_zone()
    {
        var article = new MarkdownHarness().Parse("---\ntitle: T\ndate: 2026-11-10\n---\nx")!;
        var instant = article.Published.ToInstant(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        Assert.Equal(new DateTimeOffset(2026, 11, 9, 23, 0, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Theory]
    [InlineData("---\ntitle: T\n---\nx", "post.md:1: error: front matter needs a 'date:'")]
    [InlineData("---\ntitle: T\ndate: 10.11.2026\n---\nx", "post.md:3: error: '10.11.2026' is not a date")]
    [InlineData("---\ntitle: T\ndate: 2026-02-30\n---\nx", "post.md:3: error: date '2026-02-30' is not a day of the calendar (February 2026 has 28 days); this file is skipped")]
    [InlineData("---\ntitle: T\ndate: 2028-02-30\n---\nx", "post.md:3: error: date '2028-02-30' is not a day of the calendar (February 2028 has 29 days); this file is skipped")]
    [InlineData("---\ntitle: T\ndate: 2026-04-00\n---\nx", "post.md:3: error: date '2026-04-00' is not a day of the calendar (April 2026 has 30 days)")]
    [InlineData("---\ntitle: T\ndate: 2026-13-01\n---\nx", "post.md:3: error: date '2026-13-01' has no month 13 (months are 01 to 12); this file is skipped")]
    [InlineData("---\ntitle: T\ndate: 2026-11-10T24:30\n---\nx", "post.md:3: error: date '2026-11-10T24:30' has no time 24:30 (hours are 00 to 23, minutes and seconds 00 to 59)")]
    [InlineData("---\ntitle: T\ndate: 2026-11-10 14:30:61+01:00\n---\nx", "post.md:3: error: date '2026-11-10 14:30:61+01:00' has no time 14:30:61")]
    [InlineData("---\ntitle: T\ndate: 2026-11-10T14:3\n---\nx", "post.md:3: error: '2026-11-10T14:3' is not a date: write YYYY-MM-DD")]
    [InlineData("---\ndate: 2026-11-10\n---\nx", "post.md:1: error: front matter needs a non-empty 'title:'")]
    [InlineData("---\ntitle: \"\"\ndate: 2026-11-10\n---\nx", "post.md:2: error: front matter needs a non-empty 'title:'")]
    [InlineData("---\ntitle: T\ndate: 2026-11-10\nx", "post.md:1: error: front matter opened with '---' is never closed")]
    [InlineData("Just text", "post.md:1: error: no front matter")]
    [InlineData("---\ntitle: [unclosed\ndate: 2026-11-10\n---\nx", "post.md:2:8: error: the '[' that starts this value is never closed")]
    [InlineData("---\ntitle: T\ndate: 2026-11-10\n  bad: indent\n---\nx", "post.md:4:")]
    public void Bad_front_matter_is_a_located_error_and_no_article(string text, string expected)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse(text);
        Assert.Null(article);
        Assert.Contains(harness.Messages, m => m.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_fields_warn_with_their_line()
    {
        var harness = new MarkdownHarness();
        Assert.NotNull(harness.Parse("---\ntitle: T\ndate: 2026-11-10\ncolour: blue\n---\nx"));
        Assert.Equal(["post.md:4: warning: unknown front matter field 'colour' is ignored"], harness.Messages);
    }

    [Theory]
    [InlineData("tgas: [Berlin]", "tgas", "tags")]
    [InlineData("Titel: Zweiter Titel", "Titel", "title")]
    [InlineData("autor: Ada", "autor", "author")]
    [InlineData("lastmodd: 2026-11-11", "lastmodd", "lastmod")]
    public void An_unknown_field_near_a_known_name_suggests_it(string field, string name, string suggested)
    {
        var harness = new MarkdownHarness();
        Assert.NotNull(harness.Parse($"---\ntitle: T\ndate: 2026-11-10\n{field}\n---\nx"));
        Assert.Equal([$"post.md:4: warning: unknown front matter field '{name}' (did you mean '{suggested}'?) is ignored"], harness.Messages);
    }

    [Theory]
    [InlineData("summary: A\nteaser: B", "post.md:5: warning: front matter field 'teaser' is ignored: 'summary' (line 4) says the same and is read", "A")]
    [InlineData("description: B\nsummary: A", "post.md:4: warning: front matter field 'description' is ignored: 'summary' (line 5) says the same and is read", "A")]
    public void A_field_written_under_two_of_its_names_warns_about_the_one_not_read(string fields, string expected, string teaser)
    {
        var harness = new MarkdownHarness();
        Assert.Equal(teaser, harness.Parse($"---\ntitle: T\ndate: 2026-11-10\n{fields}\n---\nx")!.Teaser);
        Assert.Equal([expected], harness.Messages);
    }

    [Fact]
    public void Every_field_with_two_names_warns_when_both_are_written()
    {
        var harness = new MarkdownHarness();
        harness.Parse("---\ntitle: T\ndate: 2026-11-10\ntags: [a]\ntag: b\nauthors: [A]\nauthor: B\nlanguage: de\nlang: en\nid: x\nslug: y\nupdated: 2026-11-11\nlastmod: 2026-11-12\nmodified: 2026-11-13\n---\nx");
        Assert.Equal(["tag", "author", "lang", "slug", "lastmod", "modified"], harness.Diagnostics.Sorted().Select(d => d.Message.Split('\'')[1]));
    }

    [Theory]
    [InlineData("seo: {a: 1}", "seo")]
    [InlineData("params: [[a, b], c]", "params")]
    [InlineData("params:\n  - a: 1\n  - b", "params")]
    [InlineData("extra:\n  nested:\n    deeper: [1, 2]", "extra")]
    [InlineData("cover: [a, b]", "cover")]
    public void Unknown_fields_of_any_shape_only_warn(string field, string name)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse($"---\ntitle: T\ndate: 2026-11-10\ntags: [Berlin]\n{field}\n---\nx")!;
        Assert.Equal(["Berlin"], article.Tags.ToArray());
        Assert.Equal([$"post.md:5: warning: unknown front matter field '{name}' is ignored"], harness.Messages);
    }

    [Theory]
    [InlineData("tags: {a: b}", "front matter field 'tags' must be a text or a list of texts, not a mapping")]
    [InlineData("tags: [[a, b], c]", "front matter field 'tags' must be a text or a list of texts, not a list of more than texts")]
    [InlineData("tag: {a: b}", "front matter field 'tag' must be a text or a list of texts, not a mapping")]
    [InlineData("authors: [[Ada, Bea]]", "front matter field 'authors' must be a text or a list of texts, not a list of more than texts")]
    [InlineData("author: {name: Ada}", "front matter field 'author' must be a text or a list of texts, not a mapping")]
    [InlineData("kicker: {a: b}", "front matter field 'kicker' must be a text, not a mapping")]
    [InlineData("author_role: {a: b}", "front matter field 'author_role' must be a text, not a mapping")]
    [InlineData("summary: [a, [b]]", "front matter field 'summary' must be a text, not a list of more than texts")]
    [InlineData("teaser: {a: b}", "front matter field 'teaser' must be a text, not a mapping")]
    [InlineData("description: [a, b]", "front matter field 'description' must be a text, not a list")]
    [InlineData("language: {a: b}", "front matter field 'language' must be a text, not a mapping")]
    [InlineData("lang: [de]", "front matter field 'lang' must be a text, not a list")]
    [InlineData("id: {a: b}", "front matter field 'id' must be a text, not a mapping")]
    [InlineData("slug: [a]", "front matter field 'slug' must be a text, not a list")]
    [InlineData("draft: {a: b}", "front matter field 'draft' must be true or false, not a mapping")]
    public void A_known_field_of_the_wrong_shape_is_an_error_on_its_line_and_builds_no_article(string field, string message)
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse($"---\ntitle: T\ndate: 2026-11-10\n{field}\n---\nx"));
        Assert.Equal([$"post.md:4: error: {message}; this file is skipped"], harness.Messages);
    }

    [Fact]
    public void Every_field_of_the_wrong_shape_is_reported_at_once()
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse("---\ntitle: T\ndate: 2026-11-10\nkicker: [a, b]\ntags: {a: 1}\n---\nx"));
        Assert.Equal(
        [
            "post.md:4: error: front matter field 'kicker' must be a text, not a list; this file is skipped",
            "post.md:5: error: front matter field 'tags' must be a text or a list of texts, not a mapping; this file is skipped",
        ], harness.Messages);
    }

    [Theory]
    [InlineData("title: {a: b}\ndate: 2026-11-10", "post.md:2: error: front matter field 'title' must be a text, not a mapping; this file is skipped")]
    [InlineData("title: T\ndate: {a: b}", "post.md:3: error: front matter field 'date' must be a text, not a mapping; this file is skipped")]
    public void A_required_field_of_the_wrong_shape_is_one_error_and_no_article(string fields, string expected)
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse($"---\n{fields}\n---\nx"));
        Assert.Equal([expected], harness.Messages);
    }

    [Theory]
    [InlineData("english")]
    [InlineData("de_DE")]
    [InlineData("de-DE<x>")]
    [InlineData("e")]
    public void A_language_that_is_no_language_tag_warns_and_the_site_language_is_used(string language)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse($"---\ntitle: T\ndate: 2026-11-10\nlanguage: \"{language}\"\n---\nx")!;
        Assert.Equal(harness.SiteLanguage, article.Language);
        Assert.Equal([$"post.md:4: warning: language '{language}' is not a language tag (such as 'de' or 'en-GB'); using the site's, '{harness.SiteLanguage}'"], harness.Messages);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("sr-Latn-RS")]
    public void A_language_tag_is_kept(string language)
    {
        var harness = new MarkdownHarness();
        Assert.Equal(language, harness.Parse($"---\ntitle: T\ndate: 2026-11-10\nlanguage: {language}\n---\nx")!.Language);
        Assert.Empty(harness.Messages);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n")]
    public void An_empty_file_is_skipped_with_a_warning_as_an_empty_taz_file_is(string text)
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse(text));
        Assert.Equal(["post.md: warning: empty file; skipped"], harness.Messages);
    }

    [Fact]
    public void An_article_without_body_text_is_kept_with_a_warning()
    {
        var harness = new MarkdownHarness();
        Assert.NotNull(harness.Parse("---\ntitle: T\ndate: 2026-11-10\n---\n\n"));
        Assert.Equal(["post.md:5: warning: the article has no body text: its pages show only the headline"], harness.Messages);
    }

    [Fact]
    public void Id_defaults_to_the_slug_of_the_path_and_is_cleaned_when_written()
    {
        var byPath = new MarkdownHarness().Parse("---\ntitle: T\ndate: 2026-11-10\n---\nx", "2026/Über Uns.md")!;
        Assert.Equal("2026-ueber-uns", byPath.Id.ToString());

        var harness = new MarkdownHarness();
        var written = harness.Parse("---\ntitle: T\ndate: 2026-11-10\nid: ../../etc/passwd\n---\nx")!;
        Assert.Equal("etc-passwd", written.Id.ToString());
        Assert.Contains(harness.Messages, m => m.Contains("is not a clean slug"));
    }

    [Fact]
    public void Language_defaults_to_the_site_language_and_a_single_tag_may_be_a_scalar()
    {
        var article = new MarkdownHarness().Parse("---\ntitle: T\ndate: 2026-11-10\ntags: Kultur\n---\nx")!;
        Assert.Equal("de", article.Language);
        Assert.Equal(["Kultur"], article.Tags.ToArray());
    }

    [Fact]
    public void Byte_order_mark_and_crlf_are_accepted()
    {
        var article = new MarkdownHarness().Parse("\uFEFF---\r\ntitle: T\r\ndate: 2026-11-10\r\n---\r\nEins\r\nzwei\r\n")!;
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(article.Body));
        Assert.Equal("Eins zwei", Publisher.Core.Parsing.InlineText.Plain(paragraph.Inlines));
    }
}
