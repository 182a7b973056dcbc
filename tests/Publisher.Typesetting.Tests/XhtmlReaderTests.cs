using Publisher.Typesetting.Document;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

public sealed class XhtmlReaderTests
{
    private static MarkupResult Read(string body, string bodyAttributes = "") =>
        XhtmlReader.Read($"<html lang=\"de\"><body {bodyAttributes}>{body}</body></html>", "digest.xhtml", new TypesettingStyle());

    [Fact]
    public void Reads_the_subset_into_blocks_and_inline_runs()
    {
        var result = Read("""
            <h1 id="top" data-bookmark="" data-section="Politik">Politik</h1>
            <p class="teaser">Ein <em>kursiver</em> und <strong>fetter</strong> Satz<br/>mit <small>klein</small> und <a href="https://example.org/x">Link</a>.</p>
            <blockquote><p>Zitat</p></blockquote>
            <ol><li>eins</li><li><p>zwei</p></li></ol>
            <div class="page-break"></div>
            <nav class="toc"><ul><li><a href="#top">Politik</a><ul><li><a href="#a1">Artikel</a></li></ul></li></ul></nav>
            """);
        Assert.Empty(result.Diagnostics);
        Assert.Collection(result.Blocks,
            block =>
            {
                var heading = Assert.IsType<Heading>(block);
                Assert.Equal(new BlockAttributes("top", null, null, new Bookmark("Politik", 1), "Politik"), heading.Attributes);
            },
            block =>
            {
                var paragraph = Assert.IsType<Paragraph>(block);
                Assert.Equal("teaser", paragraph.Attributes.ClassName);
                Assert.Contains(new TextRun("kursiver", InlineStyle.Italic), paragraph.Content);
                Assert.Contains(new TextRun("fetter", InlineStyle.Bold), paragraph.Content);
                Assert.Contains(new TextRun("klein", InlineStyle.Small), paragraph.Content);
                Assert.Contains(new TextRun("Link", InlineStyle.None, "https://example.org/x"), paragraph.Content);
                Assert.Single(paragraph.Content.OfType<HardBreak>());
            },
            block => Assert.IsType<Paragraph>(Assert.Single(Assert.IsType<BlockQuote>(block).Children)),
            block => Assert.Equal(2, Assert.IsType<ListBlock>(block) is { Ordered: true } list ? list.Items.Count : -1),
            block => Assert.IsType<PageBreak>(block),
            block => Assert.Equal([new TocEntry("Politik", "top", 1), new TocEntry("Artikel", "a1", 2)], Assert.IsType<TableOfContents>(block).Entries));
    }

    [Fact]
    public void No_break_spaces_are_text_where_other_white_space_collapses()
    {
        var result = Read("<p> Nach 10\u00A0km,\n\t z.\u202FB. am\u00A0</p>");
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(result.Blocks));
        Assert.Equal("Nach 10\u00A0km, z.\u202FB. am\u00A0", string.Concat(paragraph.Content.OfType<TextRun>().Select(r => r.Text)));
    }

    [Fact]
    public void Body_attributes_choose_page_size_columns_and_fonts()
    {
        var result = Read("<p>x</p>", "data-page-size=\"A5\" data-columns=\"2\" data-body-size=\"9\" data-heading-font=\"Noto Serif\"");
        Assert.Equal(PageFormat.A5, result.Style.Page);
        Assert.Equal(2, result.Style.Columns);
        Assert.Equal(9, result.Style.BodySize);
        Assert.Equal("Noto Serif", result.Style.HeadingFamily);
        Assert.Equal("de", result.Language);
    }

    [Fact]
    public void Problems_are_diagnostics_with_line_and_column_never_exceptions()
    {
        var result = XhtmlReader.Read("<html><body data-page-size=\"B7\">\n<p>ok</p>\n<figure><span>cell</span></figure>\n<p><video>v</video></p></body></html>",
            "digest.xhtml", new TypesettingStyle());
        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("digest.xhtml:1:") && m.Contains("warning: unknown data-page-size 'B7'"));
        Assert.Contains(messages, m => m.StartsWith("digest.xhtml:3:1: warning: <figure>"));
        Assert.Contains(messages, m => m.StartsWith("digest.xhtml:4:4: warning: <video>"));
        Assert.Equal(PageFormat.A4, result.Style.Page);
        Assert.Contains(result.Blocks, b => b is Paragraph p && p.Content.OfType<TextRun>().Any(r => r.Text.Contains("cell")));
    }

    [Fact]
    public void A_table_is_read_into_header_and_body_rows_of_cells()
    {
        var result = Read("""
            <table id="preise" class="notes">
            <thead><tr><th>Bezirk</th><th class="right">Preis</th></tr></thead>
            <tbody><tr><td>Mitte <em>(alt)</em></td><td class="right">14,20 €</td></tr><tr><td class="center">Pankow</td></tr></tbody>
            <tfoot><tr><td>Summe</td><td class="right">28,40 €</td></tr></tfoot>
            </table>
            """);
        Assert.Empty(result.Diagnostics);
        var table = Assert.IsType<Table>(Assert.Single(result.Blocks));
        Assert.Equal(("preise", "notes"), (table.Attributes.Id, table.Attributes.ClassName));
        var header = Assert.Single(table.Header);
        Assert.Equal([("Bezirk", true, null), ("Preis", true, "right")], header.Cells.Select(Describe));
        Assert.Equal(3, table.Body.Count); // the footer row follows the body
        Assert.Equal([new TextRun("Mitte "), new TextRun("(alt)", InlineStyle.Italic)], table.Body[0].Cells[0].Content);
        Assert.Equal(("Pankow", false, "center"), Describe(Assert.Single(table.Body[1].Cells)));
        Assert.Equal("Summe", Assert.IsType<TextRun>(Assert.Single(table.Body[2].Cells[0].Content)).Text);
    }

    private static (string Text, bool IsHeader, string? ClassName) Describe(TableCell cell) =>
        (string.Concat(cell.Content.OfType<TextRun>().Select(r => r.Text)), cell.IsHeader, cell.ClassName);

    [Theory]
    [InlineData("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>")] // XML: rows right in the table
    [InlineData("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></table>&nbsp;")] // HTML: the parser adds a <tbody>
    public void Without_a_thead_leading_rows_of_th_are_the_header(string markup)
    {
        var table = Assert.IsType<Table>(Read(markup).Blocks[0]);
        Assert.Equal(["A", "B"], Assert.Single(table.Header).Cells.Select(c => ((TextRun)c.Content[0]).Text));
        Assert.Equal(["1", "2"], Assert.Single(table.Body).Cells.Select(c => ((TextRun)c.Content[0]).Text));
    }

    [Fact]
    public void Spans_blocks_in_cells_and_stray_text_are_warnings_and_keep_their_text()
    {
        var result = XhtmlReader.Read("<html><body><table>\n<caption>Preise</caption>\n<tr><td colspan=\"zwei\">breit</td>\n"
                                      + "<td rowspan=\"0\" colspan=\"3\"><p>eins</p><p>zwei</p></td></tr>\n<p>verirrt</p></table></body></html>",
            "digest.xhtml", new TypesettingStyle());
        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Equal(
        [
            "digest.xhtml:3:5: warning: colspan=\"zwei\" is not a number of rows or columns; the cell spans one",
            "digest.xhtml:4:29: warning: block <p> inside a table cell is not in the subset; its text is set as lines of the cell",
            "digest.xhtml:4:40: warning: block <p> inside a table cell is not in the subset; its text is set as lines of the cell",
            "digest.xhtml:5:1: warning: <p> inside <table> is not a row or cell; its text is set above the table",
        ], messages);
        Assert.Collection(result.Blocks,
            block => Assert.Equal("Preise", ((TextRun)Assert.IsType<Paragraph>(block).Content[0]).Text),
            block => Assert.Equal("verirrt", ((TextRun)Assert.IsType<Paragraph>(block).Content[0]).Text),
            block =>
            {
                var cells = Assert.Single(Assert.IsType<Table>(block).Body).Cells;
                Assert.Equal([new TextRun("breit")], cells[0].Content);
                Assert.Equal((1, 1, 3, 0), (cells[0].ColumnSpan, cells[0].RowSpan, cells[1].ColumnSpan, cells[1].RowSpan));
                Assert.Equal([new TextRun("eins"), new HardBreak(), new TextRun("zwei")], cells[1].Content);
            });
    }

    [Theory]
    [InlineData("<pre>\n  if (x)\n\u00A0\u00A0\u00A0\u00A0<b>return</b>;\n\n</pre>")] // XML: the newline after <pre> is dropped as in HTML
    [InlineData("<pre>\n  if (x)\n&nbsp;&nbsp;&nbsp;&nbsp;<b>return</b>;\n\n</pre>")] // HTML (AngleSharp)
    public void Preformatted_text_keeps_its_white_space_and_lines(string markup)
    {
        var pre = Assert.IsType<Preformatted>(Assert.Single(Read(markup).Blocks));
        Assert.Equal([new TextRun("  if (x)\n\u00A0\u00A0\u00A0\u00A0"), new TextRun("return", InlineStyle.Bold), new TextRun(";")], pre.Content);
    }

    [Fact]
    public void Markup_in_text_stays_text()
    {
        var result = Read("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; „Anführung“</p>");
        var run = Assert.IsType<TextRun>(Assert.Single(Assert.IsType<Paragraph>(Assert.Single(result.Blocks)).Content));
        Assert.Equal("<script>alert(1)</script> & „Anführung“", run.Text);
    }
}
