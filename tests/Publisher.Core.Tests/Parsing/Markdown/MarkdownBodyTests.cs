using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Tests.Model;
using static Publisher.Core.Tests.Parsing.Markdown.MarkdownHarness;

namespace Publisher.Core.Tests.Parsing.Markdown;

public class MarkdownBodyTests
{
    [Fact]
    public void Script_elements_are_removed_with_a_warning_on_their_line()
    {
        var (article, messages) = ParseBody("Eins.\n\n<script>alert('x')</script>\n\nZwei.");
        Assert.Equal(["Eins.", "Zwei."], article.Body.Cast<Paragraph>().Select(p => InlineText.Plain(p.Inlines)));
        Assert.Contains("post.md:7: warning: removed unsafe HTML element <script>", messages);
    }

    [Fact]
    public void What_is_reported_of_an_html_block_names_the_line_of_the_element_it_is_about()
    {
        var (_, messages) = ParseBody("Eins.\n\n<div>\n<p>Text mit\n<em onclick=\"steal()\">Wort</em>.</p>\n<script>alert('x')</script>\n<p>Ein <img src=\"a.png\" alt=\"Bild\"> im Satz.</p>\n</div>");
        // The block starts on line 7 (the front matter takes 4, "Eins." and a blank line 2 more).
        Assert.Equal(["post.md:9: warning: removed unsafe HTML attribute 'onclick' on <em>", "post.md:10: warning: removed unsafe HTML element <script>",
            "post.md:11: warning: " + Publisher.Core.Parsing.Html.HtmlFragmentConverter.ImageWarning], messages);
    }

    [Theory]
    [InlineData("<div><textarea>abc", "abc")] // left open: the end of the article's HTML ends it
    [InlineData("<div><xmp>a < b</xmp></div>", "a < b")] // text, not HTML escaped for a serialiser
    [InlineData("Intro <noscript>abc", "Intro abc")] // read as a reader without scripts: markup, shown
    [InlineData("<div><noscript>a < b</noscript></div>", "a < b")]
    [InlineData("<p>x <noscript><b>fett</b></noscript></p>", "x fett")]
    public void Elements_whose_content_is_text_keep_it_as_written_and_nothing_more(string html, string text)
    {
        var (article, _) = ParseBody(html);
        Assert.Equal(text, string.Join(" ", article.Body.Select(b => InlineText.Plain(((Paragraph)b).Inlines))));
    }

    [Fact]
    public void A_definition_list_gives_each_term_in_strong_text_and_its_definition_a_paragraph_of_its_own()
    {
        var (article, messages) = ParseBody("Vorher.\n\n<dl>\n<dt>Kiez</dt>\n<dd>Ein Viertel, in dem <em>man</em> sich kennt.</dd>\n<dt>Späti</dt>\n<dd>Ein Laden.</dd>\n</dl>\n\nNachher.\n");
        Assert.Empty(messages);
        Assert.Equal("Paragraph(Text(Vorher.) ) Paragraph(Emphasis(Strong: Text(Kiez) ) ) Paragraph(Text(Ein Viertel, in dem ) Emphasis(Emphasis: Text(man) ) Text( sich kennt.) ) "
            + "Paragraph(Emphasis(Strong: Text(Späti) ) ) Paragraph(Text(Ein Laden.) ) Paragraph(Text(Nachher.) )", ModelTree.Describe(article.Body));
    }

    [Fact]
    public void Inline_html_is_mapped_onto_the_model_and_event_handlers_are_dropped()
    {
        var (article, messages) = ParseBody("Ein <em onclick=\"steal()\">betontes</em> und <b>starkes</b> Wort.");
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(article.Body));
        Assert.Contains(paragraph.Inlines, i => i is Emphasis { Kind: EmphasisKind.Emphasis } e && InlineText.Plain(e.Content) == "betontes");
        Assert.Contains(paragraph.Inlines, i => i is Emphasis { Kind: EmphasisKind.Strong });
        Assert.Equal("Ein betontes und starkes Wort.", InlineText.Plain(paragraph.Inlines));
        Assert.Contains(messages, m => m.Contains("removed unsafe HTML attribute 'onclick'"));
    }

    [Theory]
    [InlineData("[klick](javascript:alert(1))")]
    [InlineData("[klick](JaVaScRiPt:alert(1))")]
    [InlineData("[klick](data:text/html,<b>x</b>)")]
    [InlineData("<a href=\"javascript:alert(1)\">klick</a>")]
    [InlineData("[klick](mailto:)")] // leads nowhere, and epubcheck refuses it
    [InlineData("[klick](mailto:?subject=x)")]
    public void Unsafe_link_targets_lose_the_link_but_keep_the_text(string markdown)
    {
        var (article, messages) = ParseBody(markdown);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(article.Body));
        Assert.DoesNotContain(paragraph.Inlines, i => i is LinkInline);
        Assert.Equal("klick", InlineText.Plain(paragraph.Inlines));
        Assert.NotEmpty(messages);
        Assert.Empty(article.Links);
    }

    [Fact]
    public void Links_are_absolute_and_numbered_in_order_of_first_use()
    {
        var (article, _) = ParseBody("[a](/wohnen/) und [b](https://ex.org/x) und [c](/wohnen/)\n\n<https://auto.example/>");
        Assert.Equal(3, article.Links.Length);
        Assert.Equal(new Uri("https://site.example/wohnen/"), article.Links[0].Url);
        Assert.Equal(["a", "c"], article.Links[0].Anchors.ToArray());
        Assert.Equal(2, article.Links[1].Number);
        Assert.Equal("https://auto.example/", article.Links[2].Url!.AbsoluteUri);
        var first = (Paragraph)article.Body[0];
        Assert.Equal([1, 2, 1], first.Inlines.OfType<LinkInline>().Select(l => l.Reference!.Value));
    }

    [Theory]
    [InlineData("[frag](#sec)", "https://site.example/articles/post.html#sec")]
    [InlineData("[q](?q=1)", "https://site.example/articles/post.html?q=1")]
    [InlineData("[beside](foo/bar.html)", "https://site.example/articles/foo/bar.html")]
    [InlineData("[up](../impressum.html)", "https://site.example/impressum.html")]
    [InlineData("[root](/wohnen/)", "https://site.example/wohnen/")]
    [InlineData("[host](//cdn.example/x)", "https://cdn.example/x")]
    [InlineData("<a href=\"#sec\">frag</a>", "https://site.example/articles/post.html#sec")]
    [InlineData("Mit <em>HTML</em> und [frag](#sec).", "https://site.example/articles/post.html#sec")]
    public void Relative_links_resolve_against_the_articles_own_page(string markdown, string expected)
    {
        var (article, messages) = ParseBody(markdown);
        Assert.Empty(messages);
        Assert.Equal(expected, Assert.Single(article.Links).Url!.AbsoluteUri);
        var link = Assert.Single(((Paragraph)article.Body[0]).Inlines.OfType<LinkInline>());
        Assert.Equal(expected, link.Url!.AbsoluteUri);
    }

    [Fact]
    public void The_page_relative_links_resolve_against_is_the_one_of_the_written_id()
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse("---\ntitle: T\ndate: 2026-11-10\nid: eigene-seite\n---\n[frag](#sec)", "2026/post.md")!;
        Assert.Equal("https://site.example/articles/eigene-seite.html#sec", Assert.Single(article.Links).Url!.AbsoluteUri);
    }

    [Fact]
    public void Headings_quotes_and_nested_lists_keep_their_structure()
    {
        var (article, _) = ParseBody("# Eins\n\n## Zwei\n\n> Zitat\n>\n> - im Zitat\n\n1. a\n   - a1\n2. b\n");
        Assert.Collection(article.Body,
            b => Assert.Equal("Eins", InlineText.Plain(Assert.IsType<Subhead>(b).Inlines)),
            b => Assert.Equal("Zwei", InlineText.Plain(Assert.IsType<Subhead>(b).Inlines)),
            b => Assert.IsType<ListBlock>(Assert.IsType<Quote>(b).Blocks[1]),
            b =>
            {
                var list = Assert.IsType<ListBlock>(b);
                Assert.True(list.Ordered);
                Assert.Equal(2, list.Items.Length);
                Assert.False(Assert.IsType<ListBlock>(list.Items[0].Blocks[1]).Ordered);
            });
    }

    [Fact]
    public void A_code_block_keeps_its_lines_and_indentation_and_an_image_in_text_keeps_its_alt_text()
    {
        var (article, messages) = ParseBody("```\n\nzeile 1\n  zeile 2\n\tzeile 3\n  \t x\n\n```\n\n    eingerückt\n\nEin ![Bild](bild.png) im Text");
        Assert.Equal("zeile 1\n  zeile 2\n    zeile 3\n     x", Assert.IsType<Preformatted>(article.Body[0]).Text); // blank end lines dropped, tabs to stops of 4
        Assert.Equal("eingerückt", Assert.IsType<Preformatted>(article.Body[1]).Text);
        Assert.Equal("Ein Bild im Text", InlineText.Plain(((Paragraph)article.Body[2]).Inlines));
        Assert.Equal(["post.md:16: warning: " + Publisher.Core.Parsing.Html.HtmlFragmentConverter.ImageWarning], messages);
    }

    [Fact]
    public void An_empty_code_block_leaves_nothing()
    {
        var (article, _) = ParseBody("Text.\n\n```\n\n```\n");
        Assert.IsType<Paragraph>(Assert.Single(article.Body));
    }

    [Fact]
    public void Control_characters_never_reach_the_model()
    {
        var (article, messages) = ParseBody("Erste Zeile.\r\n\tmit Tab.\n\nEin\u0001 Text\u0007 mit\u009F Steuerzeichen.");
        Assert.Equal("Ein Text mit Steuerzeichen.", InlineText.Plain(((Paragraph)article.Body[1]).Inlines));
        Assert.Equal(["post.md:8: warning: 3 control characters (such as U+0001) removed: no output can carry them"], messages);
    }

    [Fact]
    public void Tabs_and_line_ends_are_no_control_characters_to_report()
    {
        var (_, messages) = ParseBody("Eine Zeile.\r\n\tmit Tab und CRLF.\r\n");
        Assert.Empty(messages);
    }

    [Fact]
    public void A_pipe_table_keeps_its_rows_cells_header_and_alignment()
    {
        var (article, messages) = ParseBody("Vorher.\n\n| Bezirk | Miete | Mitte |\n|:-------|------:|:-:|\n| Mitte | **14,20** € | [x](/a) |\n| Pankow | 11,80 € |\n\nNachher.");
        Assert.Empty(messages);
        Assert.Equal(3, article.Body.Length);
        var table = Assert.IsType<Table>(article.Body[1]);
        Assert.Equal(1, table.HeaderRows);
        Assert.Equal([CellAlignment.Left, CellAlignment.Right, CellAlignment.Center], table.Alignments.ToArray());
        Assert.Equal([["Bezirk", "Miete", "Mitte"], ["Mitte", "14,20 €", "x"], ["Pankow", "11,80 €", ""]],
            table.Rows.Select(r => r.Cells.Select(c => InlineText.Plain(c.Inlines)).ToArray()).ToArray());
        Assert.Contains(table.Rows[1].Cells[1].Inlines, i => i is Emphasis { Kind: EmphasisKind.Strong });
        Assert.Equal(new Uri("https://site.example/a"), Assert.IsType<LinkInline>(Assert.Single(table.Rows[1].Cells[2].Inlines)).Url);
        Assert.Equal("x", Assert.Single(article.Links).Anchors.Single()); // links in cells are numbered like any other
    }

    [Fact]
    public void An_html_table_keeps_header_rows_first_footer_last_and_its_caption()
    {
        const string html = "<table><caption>Mieten</caption><tfoot><tr align=\"left\"><td>Summe</td><td>26</td></tr></tfoot>"
            + "<tr><th>Bezirk</th><th align=\"right\">Miete</th></tr>"
            + "<tr><td><p>Mitte</p><ul><li>Zentrum</li></ul></td><td style=\"color: red; text-align: center\">14</td></tr></table>";
        var (article, messages) = ParseBody(html);
        Assert.Empty(messages);
        var table = Assert.IsType<Table>(Assert.Single(article.Body));
        Assert.Equal("Mieten", InlineText.Plain(table.Caption));
        Assert.Equal(1, table.HeaderRows); // the leading row of <th> cells
        Assert.Equal(1, table.FooterRows);
        Assert.Empty(table.Alignments); // an HTML cell has its own
        Assert.Equal([[CellAlignment.None, CellAlignment.Right], [CellAlignment.None, CellAlignment.Center], [CellAlignment.Left, CellAlignment.Left]],
            table.Rows.Select(r => r.Cells.Select(c => c.Alignment).ToArray()).ToArray());
        Assert.Equal([["Bezirk", "Miete"], ["Mitte Zentrum", "14"], ["Summe", "26"]],
            table.Rows.Select(r => r.Cells.Select(c => InlineText.Plain(c.Inlines)).ToArray()).ToArray());
        Assert.Contains(table.Rows[1].Cells[0].Inlines, i => i is LineBreak); // the cell's paragraph and list item, one after the other
    }

    [Fact]
    public void Spanning_html_cells_keep_their_spans()
    {
        const string html = "<table><tr><th rowspan=\"2\">Bezirk</th><th colspan=\"2\">Miete</th></tr>"
            + "<tr><th>2025</th><th align=\"right\">2026</th></tr>"
            + "<tr><td>Mitte</td><td>14</td><td>15</td></tr></table>";
        var (article, messages) = ParseBody(html);
        Assert.Empty(messages);
        var table = Assert.IsType<Table>(Assert.Single(article.Body));
        Assert.Equal(2, table.HeaderRows);
        Assert.Equal([[(1, 2), (2, 1)], [(1, 1), (1, 1)], [(1, 1), (1, 1), (1, 1)]],
            table.Rows.Select(r => r.Cells.Select(c => (c.ColumnSpan, c.RowSpan)).ToArray()).ToArray());
        Assert.Equal(["Bezirk", "Miete", "2025", "2026", "Mitte", "14", "15"], table.Rows.SelectMany(r => r.Cells).Select(c => InlineText.Plain(c.Inlines)));
    }

    [Fact]
    public void Spans_html_cannot_draw_are_made_drawable()
    {
        // rowspan="0" and a row span past the header end at the header; colspan="9" ends where no cell starts;
        // malformed and negative spans count as 1.
        const string html = "<table><thead><tr><th rowspan=\"0\">A</th><th rowspan=\"5\">B</th><th colspan=\"9\">C</th></tr></thead>"
            + "<tbody><tr><td colspan=\"x\">1</td><td rowspan=\"-2\">2</td><td colspan=\"2abc\">3</td></tr></tbody></table>";
        var (article, messages) = ParseBody(html);
        Assert.Empty(messages);
        var table = Assert.IsType<Table>(Assert.Single(article.Body));
        Assert.Equal([[(1, 1), (1, 1), (1, 1)], [(1, 1), (1, 1), (1, 1)]],
            table.Rows.Select(r => r.Cells.Select(c => (c.ColumnSpan, c.RowSpan)).ToArray()).ToArray());
    }

    [Fact]
    public void An_html_pre_keeps_its_lines_but_not_the_newline_after_its_start_tag()
    {
        var (article, _) = ParseBody("<pre>\nfor x in y:\n\tprint(x)   \n</pre>");
        Assert.Equal("for x in y:\n    print(x)", Assert.IsType<Preformatted>(Assert.Single(article.Body)).Text);
    }

    [Fact]
    public void Strikethrough_in_markdown_and_html_is_deleted_text_and_a_single_tilde_is_text()
    {
        var (article, messages) = ParseBody("Am ~~Montag~~ Dienstag, <s>10</s> <del>9</del> <strike>8</strike> Euro, ~ungefähr~.");
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(article.Body));
        Assert.Equal(["Montag", "10", "9", "8"], paragraph.Inlines.OfType<Emphasis>().Where(e => e.Kind == EmphasisKind.Deleted).Select(e => InlineText.Plain(e.Content)));
        Assert.Equal("Am Montag Dienstag, 10 9 8 Euro, ~ungefähr~.", InlineText.Plain(paragraph.Inlines));
        Assert.Empty(messages);
    }

    [Fact]
    public void Footnotes_are_numbered_by_first_reference_and_kept_as_notes_at_the_end()
    {
        var (article, messages) = ParseBody("Erst[^b] dann[^a], wieder[^b].\n\n[^a]: Note *a* mit [Link](https://ex.org/a).\n[^b]: Note b.\n\n    zweiter Absatz von b\n\nSchluss.");
        Assert.Empty(messages);
        var first = Assert.IsType<Paragraph>(article.Body[0]);
        Assert.Equal([1, 2, 1], first.Inlines.OfType<NoteReference>().Select(r => r.Number));
        Assert.Equal("Erst dann, wieder.", InlineText.Plain(first.Inlines));
        Assert.Equal("Schluss.", InlineText.Plain(Assert.IsType<Paragraph>(article.Body[1]).Inlines));
        var notes = Assert.IsType<Notes>(article.Body[^1]);
        Assert.Equal([1, 2], notes.Items.Select(n => n.Number));
        Assert.Equal(["Note b.", "zweiter Absatz von b"], notes.Items[0].Blocks.Select(b => InlineText.Plain(Assert.IsType<Paragraph>(b).Inlines)));
        Assert.Equal("Note a mit Link.", InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(notes.Items[1].Blocks)).Inlines));
        Assert.Equal("https://ex.org/a", Assert.Single(article.Links).Url!.AbsoluteUri);
    }

    [Fact]
    public void A_footnote_reference_in_a_paragraph_with_inline_html_is_a_note_reference()
    {
        var (article, messages) = ParseBody("Ein <b>fetter</b> Satz[^1].\n\n[^1]: Die Note.");
        var paragraph = Assert.IsType<Paragraph>(article.Body[0]);
        Assert.Equal([1], paragraph.Inlines.OfType<NoteReference>().Select(r => r.Number));
        Assert.DoesNotContain(paragraph.Inlines, i => i is LinkInline);
        Assert.Equal("Ein fetter Satz.", InlineText.Plain(paragraph.Inlines));
        Assert.Equal("Die Note.", InlineText.Plain(((Paragraph)Assert.Single(Assert.IsType<Notes>(article.Body[^1]).Items).Blocks[0]).Inlines));
        Assert.Empty(messages);
    }

    [Fact]
    public void A_footnote_nothing_refers_to_is_kept_with_a_warning()
    {
        var (article, messages) = ParseBody("Text[^a].\n\n[^x]: Übrig.\n\n[^a]: Erste.");
        var notes = Assert.IsType<Notes>(article.Body[^1]);
        Assert.Equal([(1, "Erste."), (2, "Übrig.")], notes.Items.Select(n => (n.Number, InlineText.Plain(((Paragraph)n.Blocks[0]).Inlines))));
        Assert.Equal(["post.md:7: warning: footnote [^x] is never referred to; it is kept after the other notes"], messages);
    }

    [Fact]
    public void An_image_in_a_table_cell_is_reported()
    {
        var (article, messages) = ParseBody("Vorher.\n\nx ![Ein Bild](bild.png) y | z\n- | :---:\nw | v\n");
        var table = Assert.IsType<Table>(article.Body[1]);
        Assert.Equal("x Ein Bild y", InlineText.Plain(table.Rows[0].Cells[0].Inlines));
        Assert.Equal(["post.md:7: warning: " + Publisher.Core.Parsing.Html.HtmlFragmentConverter.ImageWarning], messages);
    }

    [Fact]
    public void A_table_row_with_more_cells_than_the_header_keeps_them()
    {
        var (article, messages) = ParseBody("| a | b |\n|---|---|\n| 1 | 2 | drei | vier |\n");
        var table = Assert.IsType<Table>(Assert.Single(article.Body));
        Assert.Equal(["1", "2", "drei", "vier"], table.Rows[1].Cells.Select(c => InlineText.Plain(c.Inlines)));
    }

    [Theory]
    [InlineData("4. ~~~\n   ```x eins zwei\n      \n   drei\n   ~~~\n")]
    [InlineData("~~~\n```x eins zwei\ndrei\n~~~\n")]
    [InlineData("~~~\n```x eins zwei\n~~~\n")]
    [InlineData("3. | a | b\n   - | -\n   c | d\n4. ~~~\n   ```x eins zwei\n   drei\n   ~~~\n")]
    public void A_fence_line_inside_a_code_block_of_the_other_fence_is_code(string markdown)
    {
        var (article, _) = ParseBody(markdown);
        Assert.Contains("eins zwei", string.Join(" ", article.Body.OfType<Preformatted>().Select(p => p.Text).Concat(article.Body.OfType<ListBlock>().SelectMany(l => l.Items).SelectMany(i => i.Blocks).OfType<Preformatted>().Select(p => p.Text))));
    }

    [Fact]
    public void Html_superscript_and_subscript_keep_their_meaning()
    {
        var (article, messages) = ParseBody("Die Wohnung hat 60 m<sup>2</sup>, die Luft viel CO<sub>2</sub>.");
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(article.Body));
        Assert.Equal([(EmphasisKind.Superscript, "2"), (EmphasisKind.Subscript, "2")], paragraph.Inlines.OfType<Emphasis>().Select(e => (e.Kind, InlineText.Plain(e.Content))));
        Assert.Empty(messages);
    }

    [Fact]
    public void An_abbreviations_title_is_written_out_where_the_article_first_uses_it()
    {
        var (article, messages) = ParseBody(
            "Die <abbr title=\"World Health\n  Organization\">WHO</abbr> und die <abbr title=\"Bundesanstalt\">BA</abbr>.\n\n"
            + "Wieder die <abbr title=\"World Health Organization\">WHO</abbr>, <abbr>EU</abbr> und <abbr title=\"CO2\">CO2</abbr>.");
        Assert.Equal(
            ["Die WHO (World Health Organization) und die BA (Bundesanstalt).", "Wieder die WHO, EU und CO2."],
            article.Body.Select(b => InlineText.Plain(Assert.IsType<Paragraph>(b).Inlines)));
        Assert.Empty(messages);
    }

    [Fact]
    public void An_abbreviation_in_a_heading_or_inside_a_word_waits_for_its_next_use_to_be_written_out()
    {
        var (article, messages) = ParseBody(
            "## Die <abbr title=\"World Health Organization\">WHO</abbr> und Berlin\n\n"
            + "Die <abbr title=\"Europäische Union\">EU</abbr>-Kommission und die <abbr title=\"World Health Organization\">WHO</abbr>.\n\n"
            + "Dann die <abbr title=\"Europäische Union\">EU</abbr>.");
        var heading = Assert.IsType<Subhead>(article.Body[0]);
        Assert.Equal("Die WHO und Berlin", InlineText.Plain(heading.Inlines));
        Assert.Equal(["Die EU-Kommission und die WHO (World Health Organization).", "Dann die EU (Europäische Union)."],
            article.Body.Skip(1).Select(b => InlineText.Plain(Assert.IsType<Paragraph>(b).Inlines)));
        Assert.Empty(messages);
    }

    [Fact]
    public void A_footnote_reference_without_a_note_is_reported_and_kept_as_written()
    {
        var (article, messages) = ParseBody("Ein Verweis[^fehlt] und[^da].\n\n[^da]: Note.");
        Assert.Equal("Ein Verweis[^fehlt] und.", InlineText.Plain(((Paragraph)article.Body[0]).Inlines));
        Assert.Equal(["post.md:5: warning: footnote [^fehlt] has no note ([^…]: at the start of a line); it is kept as written"], messages);
    }

    [Theory]
    [InlineData("## Gestrichen ~~alt~~ neu", "Text(Gestrichen ) Emphasis(Deleted: Text(alt) ) Text( neu) ")]
    [InlineData("## CO<sub>2</sub> je m<sup>2</sup>", "Text(CO) Emphasis(Subscript: Text(2) ) Text( je m) Emphasis(Superscript: Text(2) ) ")]
    [InlineData("## Mit Note[^1]\n\n[^1]: Die Note.", "Text(Mit Note) NoteRef(1) ")]
    [InlineData("<h2>Ein <del>alt</del> Wert<sup>3</sup></h2>", "Text(Ein ) Emphasis(Deleted: Text(alt) ) Text( Wert) Emphasis(Superscript: Text(3) ) ")]
    public void A_heading_keeps_its_marks_and_note_references(string markdown, string inlines)
    {
        var (article, messages) = ParseBody(markdown);
        Assert.Equal(inlines, Publisher.Core.Tests.Model.ModelTree.Describe(Assert.IsType<Subhead>(article.Body[0]).Inlines));
        Assert.Empty(messages);
    }

    [Fact]
    public void Class_and_id_attributes_are_no_unsafe_attributes()
    {
        var (article, messages) = ParseBody("<pre id=\"x\"><code class=\"language-js\">let a = 1;</code></pre>");
        Assert.Equal("let a = 1;", Assert.IsType<Preformatted>(Assert.Single(article.Body)).Text);
        Assert.Empty(messages);
    }

    [Fact]
    public void An_empty_body_gives_an_article_without_blocks()
    {
        var (article, _) = ParseBody("");
        Assert.Empty(article.Body);
    }
}
