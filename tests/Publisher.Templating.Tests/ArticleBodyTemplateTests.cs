using Publisher.Templating.Views;

namespace Publisher.Templating.Tests;

public class ArticleBodyTemplateTests
{
    private const string Article = """
        ---
        title: Überschrift <b>fett</b>
        date: 2026-11-10
        tags: [Kultur, "<script>x</script>"]
        ---
        Erster *Absatz* mit [Link](https://example.com/a?b=1&c=2) & Text.

        ## Zwischen & Titel

        > Ein Zitat.

        - eins
        - zwei **stark**

        1. erstens

        | Ort | Wert |
        |-----|-----:|
        | A & B | 1 |

            eingerückt <code>
        """;

    [Fact]
    public void Renders_every_block_kind_as_escaped_xhtml()
    {
        var corpus = TestCorpus.FromMarkdown(Article);
        var html = Render(corpus, "h3");

        Assert.Contains("<p>Erster <em>Absatz</em> mit <a href=\"https://example.com/a?b=1&amp;c=2\">Link</a> &amp; Text.</p>", html);
        Assert.Contains("<h3 id=\"zwischen--titel\">Zwischen &amp; Titel</h3>", html);
        Assert.Contains("<blockquote>", html);
        Assert.Contains("<p>Ein Zitat.</p>", html);
        Assert.Contains("<ul>", html);
        Assert.Contains("<li>zwei <strong>stark</strong></li>", html); // an item of one paragraph holds its text
        Assert.Contains("<li>erstens</li>", html);
        Assert.Contains("<ol>", html);
        Assert.Contains("<tr>\n<td>A &amp; B</td>\n<td class=\"right\" style=\"text-align: right\">1</td></tr>", html);
        Assert.Contains("<pre>eingerückt &lt;code&gt;</pre>", html);
        var document = System.Xml.Linq.XElement.Parse("<div>" + html + "</div>");
        Assert.Equal(["p", "h3", "blockquote", "ul", "ol", "table", "pre"], document.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void A_list_item_of_several_blocks_keeps_them_and_a_table_its_caption_and_spans()
    {
        var corpus = TestCorpus.FromMarkdown("---\ntitle: T\ndate: 2026-11-10\n---\n- eins\n\n  weiter\n- zwei\n\n"
            + "<table><caption>Über <em>alles</em></caption><tr><th rowspan=\"2\">A</th><th colspan=\"2\" align=\"center\">B</th></tr>"
            + "<tr><th>b1</th><th>b2</th></tr><tr><td>1</td><td>2</td><td>3</td></tr><tfoot><tr><td colspan=\"3\">Summe</td></tr></tfoot></table>\n");
        var html = Render(corpus, "h3");
        Assert.Contains("<li><p>eins</p>\n<p>weiter</p>\n</li>", html);
        Assert.Contains("<li>zwei</li>", html);
        Assert.Contains("<caption>Über <em>alles</em></caption>", html);
        Assert.Contains("<tr>\n<th scope=\"col\" rowspan=\"2\">A</th>\n<th scope=\"col\" class=\"center\" style=\"text-align: center\" colspan=\"2\">B</th></tr>", html);
        Assert.Contains("<tr>\n<th scope=\"col\">b1</th>\n<th scope=\"col\">b2</th></tr>", html);
        Assert.Contains("</tbody>\n<tfoot>\n<tr>\n<td colspan=\"3\">Summe</td></tr>\n</tfoot>", html);
        System.Xml.Linq.XElement.Parse("<div>" + html + "</div>");
    }

    [Fact]
    public void Code_in_running_text_is_a_code_element_its_text_escaped()
    {
        var corpus = TestCorpus.FromMarkdown("---\ntitle: T\ndate: 2026-11-10\n---\nRufe `printf(\"%d\\n\", x)` auf, nicht `<br/>`; "
            + "[`ls -la`](https://example.com/ls) listet, <kbd>Strg</kbd> drückt.\n");
        var html = Render(corpus, "h2");
        Assert.Contains("<p>Rufe <code>printf(&quot;%d\\n&quot;, x)</code> auf, nicht <code>&lt;br/&gt;</code>; "
            + "<a href=\"https://example.com/ls\"><code>ls -la</code></a> listet, <code>Strg</code> drückt.</p>", html);
        System.Xml.Linq.XElement.Parse("<div>" + html + "</div>");
    }

    [Theory]
    [InlineData("de", "Foto: Agentur")]
    [InlineData("de-AT", "Foto: Agentur")]
    [InlineData("en", "Photo: Agentur")]
    [InlineData("en-GB", "Photo: Agentur")]
    [InlineData("DE", "Foto: Agentur")]
    [InlineData("fr", "Photo\u202F: Agentur")] // French typography: a narrow no-break space before the colon
    [InlineData("es-MX", "Foto: Agentur")]
    [InlineData("pl", "Zdjęcie: Agentur")]
    [InlineData("fi", "Kuva: Agentur")]
    // A language the catalogue does not know gets the English words, in every output, marked as English.
    [InlineData("ja", "Photo: Agentur", " xml:lang=\"en\" lang=\"en\" dir=\"ltr\"")]
    [InlineData("del", "Photo: Agentur", " xml:lang=\"en\" lang=\"en\" dir=\"ltr\"")] // Delaware: a language tag that merely begins with "de"
    public void A_photo_credit_is_labelled_in_the_article_language(string language, string credit, string marked = "")
    {
        var parsed = TestCorpus.FromMarkdown(Article);
        var article = parsed.Articles[0] with { Language = language, Body = [new Publisher.Core.Model.Figure(new("Ein Bild", "Agentur"))] };
        var html = Render(Publisher.Core.Grouping.Corpus.Create(parsed.Site, [article]), "h2");
        Assert.Contains($"<p class=\"figure\"><small>Ein Bild<br/><span class=\"credit\"{marked}>{credit}</span></small></p>", html);
    }

    [Fact]
    public void A_credit_without_a_caption_stands_alone()
    {
        var parsed = TestCorpus.FromMarkdown(Article);
        var article = parsed.Articles[0] with { Body = [new Publisher.Core.Model.Figure(new("", "Agentur"))] };
        var html = Render(Publisher.Core.Grouping.Corpus.Create(parsed.Site, [article]), "h2");
        Assert.Contains("<p class=\"figure\"><small><span class=\"credit\">Foto: Agentur</span></small></p>", html);
    }

    [Theory]
    [InlineData("de", "Anmerkungen", "zurück zum Text")]
    [InlineData("en", "Notes", "back to the text")]
    [InlineData("fr", "Notes", "retour au texte")]
    [InlineData("pl", "Przypisy", "powrót do tekstu")]
    [InlineData("cs", "Poznámky", "zpět k textu")]
    public void Notes_link_to_and_from_their_first_reference_with_ids_unique_to_the_article(string language, string title, string back)
    {
        var parsed = TestCorpus.FromMarkdown("---\ntitle: T\ndate: 2026-11-10\nid: 2026-rueckblick\n---\nEins[^a], zwei[^b], drei[^a].\n\n[^a]: Note A.\n[^b]: Note B.\n");
        var article = parsed.Articles[0] with { Language = language };
        var html = Render(Publisher.Core.Grouping.Corpus.Create(parsed.Site, [article]), "h2");

        Assert.Contains("<p>Eins<sup><a href=\"#note-2026-rueckblick-1\" id=\"noteref-2026-rueckblick-1\" role=\"doc-noteref\">1</a></sup>, "
            + "zwei<sup><a href=\"#note-2026-rueckblick-2\" id=\"noteref-2026-rueckblick-2\" role=\"doc-noteref\">2</a></sup>, "
            + "drei<sup><a href=\"#note-2026-rueckblick-1\" role=\"doc-noteref\">1</a></sup>.</p>", html); // one id per note, on its first reference
        Assert.Contains($"<section class=\"notes\" role=\"doc-endnotes\">\n<h2>{title}</h2>", html);
        Assert.Contains("<li id=\"note-2026-rueckblick-2\" value=\"2\">\n<p>Note B.</p>\n"
            + $"<p class=\"back\"><a href=\"#noteref-2026-rueckblick-2\" role=\"doc-backlink\">{back}</a></p>\n</li>", html);
        var document = System.Xml.Linq.XElement.Parse("<div>" + html + "</div>");
        var ids = document.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(ids.Distinct(), ids);
        Assert.All(document.Descendants().Select(e => (string?)e.Attribute("href")).OfType<string>().Where(h => h.StartsWith('#')), h => Assert.Contains(h[1..], ids));
    }

    [Theory]
    [InlineData("de-CH", "Kommentar von Ada und Bo")]
    [InlineData("en", "Kommentar by Ada and Bo")]
    [InlineData("fr", "Kommentar par Ada et Bo")]
    [InlineData("pl", "Kommentar: Ada i Bo")] // no word for "by": the role before the names, as a label
    [InlineData("ja", "Kommentar by Ada and Bo")]
    public void A_byline_is_in_the_words_of_the_article_language(string language, string byline)
    {
        var parsed = TestCorpus.FromMarkdown(Article);
        var article = parsed.Articles[0] with { Language = language, Authors = ["Ada", "Bo"], AuthorRole = "Kommentar" };
        var view = new ArticleViews(Publisher.Core.Grouping.Corpus.Create(parsed.Site, [article])).Create(article);
        Assert.Equal(byline, view.Byline);
        Assert.Equal(language != "de-CH", view.English);
    }

    [Fact]
    public void A_template_written_before_article_words_still_reads_article_english()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "old.sbn"), "{{ article.english ? \"Photo\" : \"Foto\" }} / {{ article.words.photo }}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        var parsed = TestCorpus.FromMarkdown(Article);
        string Rendered(string language)
        {
            var article = parsed.Articles[0] with { Language = language };
            var view = new ArticleViews(Publisher.Core.Grouping.Corpus.Create(parsed.Site, [article])).Create(article);
            return renderer.Render("old.sbn", new Dictionary<string, object?> { ["article"] = view });
        }

        Assert.Equal("Foto / Foto", Rendered("de"));
        Assert.Equal("Photo / Zdjęcie", Rendered("pl")); // an old template's English, the new words' Polish
    }

    [Fact]
    public void Heading_element_is_chosen_by_the_caller()
    {
        var html = Render(TestCorpus.FromMarkdown(Article), "h2");
        Assert.Contains("<h2 id=\"zwischen--titel\">Zwischen &amp; Titel</h2>", html);
    }

    [Theory]
    [InlineData("h2", "h2", "h3", "h4")]
    [InlineData("h3", "h3", "h4", "h5")]
    [InlineData("h5", "h5", "h6", "h6")]
    [InlineData("p", "p", "p", "p")] // not a heading element: every level gets it, as before levels
    public void Subheads_take_the_callers_element_and_the_next_ones_by_level(string heading, string first, string second, string third)
    {
        var corpus = TestCorpus.FromMarkdown("---\ntitle: T\ndate: 2026-11-10\n---\n# Eins\n\n## Zwei\n\n### Drei\n\n#### Vier\n\n###### Sechs\n\nText.[^1]\n\n[^1]: Note.\n");
        var html = Render(corpus, heading);
        Assert.Contains($"<{first} id=\"eins\">Eins</{first}>\n<{first} id=\"zwei\">Zwei</{first}>\n<{second} id=\"drei\">Drei</{second}>\n"
            + $"<{third} id=\"vier\">Vier</{third}>\n<{third} id=\"sechs\">Sechs</{third}>", html);
        Assert.Contains($"<{heading}>Anmerkungen</{heading}>", html); // the notes' heading stays the caller's
    }

    [Fact]
    public void A_subhead_keeps_its_emphasis_links_code_and_note_references()
    {
        var corpus = TestCorpus.FromMarkdown("---\ntitle: T\ndate: 2026-11-10\nid: plan\n---\n## Der *neue* [Plan](https://example.com/p?a=1&b=2) für `make`[^1]\n\nText.\n\n[^1]: Note.\n");
        var html = Render(corpus, "h2");
        Assert.Contains("<h2 id=\"der-neue-plan-für-make\">Der <em>neue</em> <a href=\"https://example.com/p?a=1&amp;b=2\">Plan</a> für <code>make</code>"
            + "<sup><a href=\"#note-plan-1\" id=\"noteref-plan-1\" role=\"doc-noteref\">1</a></sup></h2>", html);
        System.Xml.Linq.XElement.Parse("<div>" + html + "</div>");
        var view = Assert.Single(new ArticleViews(corpus).Create(corpus.Articles[0]).Body, b => b.Type == "h");
        Assert.Equal("Der neue Plan für make", view.Text); // plain text, for where markup cannot go
        Assert.Equal(1, view.Level);
    }

    [Fact]
    public void An_ordered_list_keeps_the_number_it_starts_at()
    {
        var corpus = TestCorpus.FromMarkdown("---\ntitle: T\ndate: 2026-11-10\n---\n3. drei\n4. vier\n\n- Punkt\n\n1. eins\n\n<ol start=\"-1\"><li>minus eins</li></ol>\n");
        var html = Render(corpus, "h2");
        Assert.Contains("<ol start=\"3\">\n<li>drei</li>\n<li>vier</li>\n</ol>\n<ul>\n<li>Punkt</li>\n</ul>\n<ol>\n<li>eins</li>\n</ol>\n<ol start=\"-1\">", html);
        System.Xml.Linq.XElement.Parse("<div>" + html + "</div>");
    }

    [Fact]
    public void A_thematic_break_is_an_hr()
    {
        var html = Render(TestCorpus.FromMarkdown("---\ntitle: T\ndate: 2026-11-10\n---\nVorher.\n\n***\n\nNachher.\n"), "h2");
        Assert.Equal("<p>Vorher.</p>\n<hr/>\n<p>Nachher.</p>", html.Trim());
    }

    [Fact]
    public void A_bare_address_is_a_link()
    {
        var html = Render(TestCorpus.FromMarkdown("---\ntitle: T\ndate: 2026-11-10\n---\nSiehe https://example.com/a?b=1&c=2.\n"), "h2");
        Assert.Equal("<p>Siehe <a href=\"https://example.com/a?b=1&amp;c=2\">https://example.com/a?b=1&amp;c=2</a>.</p>", html.Trim());
    }

    [Fact]
    public void A_task_is_an_item_of_class_task_whose_text_starts_with_a_ballot_box()
    {
        var corpus = TestCorpus.FromMarkdown("---\ntitle: T\ndate: 2026-11-10\n---\n- [ ] Milch\n- [x] *Brot*\n- Salz\n\nUnd:\n\n- [ ] erst\n\n  dann\n");
        var html = Render(corpus, "h2");
        Assert.Contains("<ul>\n<li class=\"task open\">☐ Milch</li>\n<li class=\"task done\">☑ <em>Brot</em></li>\n<li>Salz</li>\n</ul>", html);
        Assert.Contains("<li class=\"task open\"><p>☐ erst</p>\n<p>dann</p>\n</li>", html);
        System.Xml.Linq.XElement.Parse("<div>" + html + "</div>");
    }

    [Fact]
    public void An_unknown_variable_fails_with_file_line_and_column()
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "bad.sbn"), "line one\n{{ article.no_such_member }}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        var article = new ArticleViews(TestCorpus.FromMarkdown(Article)).Create(TestCorpus.FromMarkdown(Article).Articles[0]);

        var error = Assert.Throws<TemplateError>(() => renderer.Render("bad.sbn", new Dictionary<string, object?> { ["article"] = article }));

        Assert.Matches(@"bad\.sbn:2:\d+$", error.Location);
    }

    [Fact]
    public void A_site_template_overrides_the_default_of_the_same_name()
    {
        var dir = Directory.CreateTempSubdirectory();
        Directory.CreateDirectory(Path.Combine(dir.FullName, "shared"));
        File.WriteAllText(Path.Combine(dir.FullName, "shared", "article-body.sbn"), "custom {{ $1.headline | escape }}");
        var corpus = TestCorpus.FromMarkdown(Article);
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));

        var view = new ArticleViews(corpus).Create(corpus.Articles[0]);
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), "{{ include 'shared/article-body.sbn' article 'h2' }}");
        Assert.Equal("custom Überschrift &lt;b&gt;fett&lt;/b&gt;", renderer.Render("page.sbn", new Dictionary<string, object?> { ["article"] = view }).Trim());
    }

    private static string Render(Publisher.Core.Grouping.Corpus corpus, string heading)
    {
        var dir = Directory.CreateTempSubdirectory();
        File.WriteAllText(Path.Combine(dir.FullName, "page.sbn"), $"{{{{ include 'shared/article-body.sbn' article '{heading}' }}}}");
        var renderer = new TemplateRenderer(new TemplateSet(TestCorpus.TemplatesDirectory, dir.FullName));
        var view = new ArticleViews(corpus).Create(corpus.Articles[0]);
        return renderer.Render("page.sbn", new Dictionary<string, object?> { ["article"] = view });
    }
}
