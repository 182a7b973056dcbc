using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Tests.Model;
using static Publisher.Core.Tests.Parsing.Markdown.MarkdownHarness;

namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>Code in running text (Markdown code spans, HTML's code, kbd, samp and var) is code in the model, its characters as written.</summary>
public class InlineCodeTests
{

    [Fact]
    public void A_code_span_is_code_with_its_characters_and_inner_spaces_as_written()
    {
        var (article, messages) = ParseBody("Rufe `printf(\"%d\\n\", x)` auf, dann ``a `b`  c`` und `*kein* [Link](x)`.");
        Assert.Empty(messages);
        Assert.Equal("Text(Rufe ) Code(printf(\"%d\\n\", x)) Text( auf, dann ) Code(a `b`  c) Text( und ) Code(*kein* [Link](x)) Text(.) ", SingleParagraph(article));
        Assert.Empty(article.Links);
    }

    [Fact]
    public void Html_code_kbd_samp_and_var_are_code_with_white_space_collapsed_as_html_shows_it()
    {
        var (article, messages) = ParseBody("Mit <kbd>Strg</kbd>+<kbd>C</kbd> zeigt <samp>fertig</samp>, dass <var>n</var> und <code>x  =\n  1</code> stimmen.");
        Assert.Empty(messages);
        Assert.Equal("Text(Mit ) Code(Strg) Text(+) Code(C) Text( zeigt ) Code(fertig) Text(, dass ) Code(n) Text( und ) Code(x = 1) Text( stimmen.) ",
            SingleParagraph(article));
    }

    [Fact]
    public void A_code_span_in_a_paragraph_with_html_is_code_as_well()
    {
        // Raw HTML sends the whole paragraph through the HTML converter: the code span arrives there as <code>.
        var (article, _) = ParseBody("`a < b && c` ist <b>wahr</b>.");
        Assert.Equal("Code(a < b && c) Text( ist ) Emphasis(Strong: Text(wahr) ) Text(.) ", SingleParagraph(article));
    }

    [Fact]
    public void Marks_and_links_inside_html_code_stay_around_their_code()
    {
        var (article, _) = ParseBody("<code>a <b>b</b> <a href=\"https://ex.org/c\">c</a></code>");
        Assert.Equal("Code(a ) Emphasis(Strong: Code(b) ) Code( ) Link(Code(c)  → https://ex.org/c #1) ", SingleParagraph(article));
        Assert.Equal("c", Assert.Single(Assert.Single(article.Links).Anchors));
        Assert.Equal("a b c", InlineText.Plain(((Paragraph)article.Body[0]).Inlines));
    }

    [Fact]
    public void Code_in_a_table_cell_is_code()
    {
        var (article, _) = ParseBody("| Befehl | Wirkung |\n|---|---|\n| `ls -la` | listet |\n");
        var table = Assert.IsType<Table>(Assert.Single(article.Body));
        Assert.Equal("Code(ls -la) ", ModelTree.Describe(table.Rows[1].Cells[0].Inlines));
    }

    [Fact]
    public void A_pipe_escaped_in_a_table_cells_code_is_a_pipe_as_gfm_says_and_stays_escaped_elsewhere()
    {
        var (article, _) = ParseBody("| Shell | Sinn |\n|---|---|\n| `a \\| b` | Pipe, \\| auch hier |\n\nIm Text: `a \\| b`.\n");
        var table = Assert.IsType<Table>(article.Body[0]);
        Assert.Equal("Code(a | b) ", ModelTree.Describe(table.Rows[1].Cells[0].Inlines));
        Assert.Equal("Pipe, | auch hier", InlineText.Plain(table.Rows[1].Cells[1].Inlines));
        Assert.Equal("Text(Im Text: ) Code(a \\| b) Text(.) ", ModelTree.Describe(((Paragraph)article.Body[1]).Inlines)); // a code span keeps its backslashes
    }
}
