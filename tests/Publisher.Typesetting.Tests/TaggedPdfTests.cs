namespace Publisher.Typesetting.Tests;

/// <summary>
/// The PDF is tagged (ISO 32000-1 §14.7–14.8): a structure tree of the document's blocks in reading order, every piece
/// of content in a marked-content sequence of its element or in an artifact, links as Link elements.
/// </summary>
public sealed class TaggedPdfTests : IDisposable
{
    private const string Body = """
        <h1>Überschrift</h1>
        <p>Erster Absatz.</p>
        <ul><li>Eins</li><li>Zwei</li></ul>
        <blockquote><p>Zitat</p></blockquote>
        <pre>int x = 1;</pre>
        <table><thead><tr><th>Name</th><th>Wert</th></tr></thead><tbody><tr><th>Zeile</th><td>1</td></tr></tbody></table>
        <hr/>
        <article lang="en"><h2>English</h2><p>Read <a href="https://example.org/">the source</a> here.</p></article>
        <article lang="de"><p>Deutsch</p></article>
        <article lang="he" dir="rtl"><p>אחד</p><p>שתיים</p></article>
        """;

    private readonly RenderedMarkup _rendered = new(Body);

    public void Dispose() => _rendered.Dispose();

    [Fact]
    public void The_tree_holds_the_blocks_in_reading_order_with_their_standard_types()
    {
        var tree = TaggedStructure.Read(_rendered.PdfPath);
        Assert.True(tree.Marked, "/MarkInfo <</Marked true>>");
        Assert.Empty(tree.Problems);
        Assert.Equal("""
            Document
              H1
              P
              L
                LI
                  Lbl
                  LBody
                    P
                LI
                  Lbl
                  LBody
                    P
              BlockQuote
                P
              Code
              Table
                TR
                  TH
                  TH
                TR
                  TH
                  TD
              Art
                H2
                P
                  Link
              Art
                P
              Art
                P
                P

            """.ReplaceLineEndings("\n"), tree.Root!.Outline());
        var texts = tree.All.Where(e => e.Text.Length > 0).Select(e => (e.Role, e.Text)).Take(12).ToList();
        Assert.Equal([("H1", "Überschrift"), ("P", "ErsterAbsatz."), ("Lbl", "•"), ("P", "Eins"), ("Lbl", "•"), ("P", "Zwei"),
            ("P", "Zitat"), ("Code", "intx=1;"), ("TH", "Name"), ("TH", "Wert"), ("TH", "Zeile"), ("TD", "1")],
            texts.Select(t => (t.Role, t.Text.Replace(" ", ""))));
    }

    [Fact]
    public void An_article_in_another_language_than_the_documents_carries_its_lang()
    {
        var tree = TaggedStructure.Read(_rendered.PdfPath);
        var articles = tree.All.Where(e => e.Role == "Art").ToList();
        // The document is German (its catalog's /Lang): only the English and the Hebrew article say theirs.
        Assert.Equal(["en", null, "he"], articles.Select(a => a.Language));
        Assert.All(articles.SelectMany(a => a.Descendants()), e => Assert.Null(e.Language));
        // Hebrew is drawn in visual order, the tree keeps the paragraphs' order as written.
        var hebrew = articles[2].Children;
        Assert.Equal(Sorted("אחד"), Sorted(hebrew[0].Text));
        Assert.Equal(Sorted("שתיים"), Sorted(hebrew[1].Text));
    }

    [Fact]
    public void Header_cells_have_their_scope_and_a_thematic_break_is_an_artifact()
    {
        var tree = TaggedStructure.Read(_rendered.PdfPath);
        Assert.Equal(["Column", "Column", "Row"], tree.All.Where(e => e.Role == "TH").Select(e => e.Scope));
        Assert.Contains(_rendered.Style.ThematicBreakMark.Replace(" ", ""), tree.ArtifactText[1].Replace(" ", ""));
        Assert.Equal("", tree.UnmarkedText[1]);
    }

    [Fact]
    public void A_link_is_a_Link_element_with_its_words_in_its_paragraph_and_its_annotation_says_its_text()
    {
        var tree = TaggedStructure.Read(_rendered.PdfPath);
        var (contents, link) = Assert.Single(tree.Links);
        Assert.Equal("the source", contents);
        Assert.Equal("P", link.Parent!.Role);
        // The link's words are the Link element's own content, between the paragraph's words before and after it.
        Assert.Equal("thesource", link.Text.Replace(" ", ""));
        Assert.Equal("Readthesourcehere.", link.Parent.AllText.Replace(" ", ""));
        Assert.Equal(link, link.Parent.Children.Single());
        Assert.Equal(tree.Links.Count + _rendered.Result.Plan.PageCount, tree.ParentTreeNextKey);
    }

    [Fact]
    public void Poppler_reads_the_tree_with_its_text()
    {
        var (exitCode, output) = Tool.Run("pdfinfo", "-struct-text", _rendered.PdfPath);
        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string[] expected = ["Document", "H1 (block)", "\"Überschrift\"", "P (block)", "\"Erster Absatz.\"", "L (block)", "LI (block)",
            "Lbl (block)", "\"•\"", "LBody (block)", "P (block)", "\"Eins\""];
        Assert.Equal(expected, lines.Take(expected.Length));
        Assert.Equal(2, lines.Count(line => line == "/Scope /Column"));
        // A link's text starts a run of its own (its colour): the words around it still read apart.
        var paragraph = Array.IndexOf(lines, "\"Read \"");
        Assert.True(paragraph > 0, "the paragraph's words before the link");
        Assert.Equal(["\"Read \"", "Link (inline)"], lines[paragraph..(paragraph + 2)]);
        Assert.Contains("\"the source \"", lines[(paragraph + 2)..(paragraph + 5)]);
        Assert.Contains("\"here.\"", lines[(paragraph + 3)..(paragraph + 6)]);
    }

    private static string Sorted(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)).Order());
}

/// <summary>Tagging where blocks cross pages, and what is not content: running headers, footers, repeated table headers.</summary>
public sealed class TaggedPagesTests(RenderFixture fixture) : IClassFixture<RenderFixture>
{
    [Fact]
    public void Every_mcid_of_every_page_is_in_the_parent_tree_and_every_letter_is_content_or_artifact()
    {
        var tree = TaggedStructure.Read(fixture.PdfPath);
        Assert.Empty(tree.Problems);
        Assert.True(tree.Owners.Count > fixture.Result.Plan.PageCount, "every page has content");
        Assert.All(tree.UnmarkedText.Values, text => Assert.Equal("", text));
        Assert.All(tree.Links, link => Assert.False(string.IsNullOrWhiteSpace(link.Contents)));
    }

    [Fact]
    public void Running_headers_and_footers_are_artifacts()
    {
        var tree = TaggedStructure.Read(fixture.PdfPath);
        var count = fixture.Result.Plan.PageCount;
        for (var page = 1; page <= count; page++)
            Assert.Contains($"page{page}of{count}", tree.ArtifactText[page].Replace(" ", ""));
        var content = string.Concat(tree.All.Select(e => e.Text)).Replace(" ", "");
        Assert.DoesNotContain($"page1of{count}", content);
        Assert.DoesNotContain("Wochenschau·2025-W10", content);
    }

    [Fact]
    public void A_paragraph_split_over_pages_is_one_element_with_content_on_both()
    {
        var sentences = string.Join(" ", Enumerable.Range(1, 400).Select(i => $"Satz {i} des langen Absatzes."));
        using var rendered = new RenderedMarkup($"<h1>Lang</h1><p>{sentences}</p><p>Danach.</p>");
        var tree = TaggedStructure.Read(rendered.PdfPath);
        Assert.Empty(tree.Problems);
        var paragraphs = tree.All.Where(e => e.Role == "P").ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.True(paragraphs[0].Content.Select(c => c.Page).Distinct().Count() >= 2, "the long paragraph crosses a page");
        Assert.Contains("Satz400desl", paragraphs[0].Text.Replace(" ", ""));
    }

    [Fact]
    public void A_table_header_drawn_again_on_the_next_page_is_an_artifact()
    {
        var rows = string.Concat(Enumerable.Range(1, 120).Select(i => $"<tr><td>Zeile {i}</td><td>{i}</td></tr>"));
        using var rendered = new RenderedMarkup($"<table><thead><tr><th>Kopfname</th><th>Kopfwert</th></tr></thead><tbody>{rows}</tbody></table>");
        var tree = TaggedStructure.Read(rendered.PdfPath);
        Assert.Empty(tree.Problems);
        Assert.True(rendered.Result.Plan.PageCount >= 2);
        Assert.Equal(["Kopfname", "Kopfwert"], tree.All.Where(e => e.Role == "TH").Select(e => e.Text));
        Assert.Equal(121, tree.All.Count(e => e.Role == "TR"));
        Assert.DoesNotContain("Kopfname", tree.ArtifactText[1]);
        Assert.Contains("Kopfname", tree.ArtifactText[2]);
    }
}
