using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Layout;
using Publisher.Typesetting.LineBreaking;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;
using UglyToad.PdfPig.Actions;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// &lt;sup&gt; and &lt;sub&gt;: smaller letters above or below the line's baseline, never cut from the word they
/// touch, links inside them clickable where they are drawn; a note reference and its note link to each other.
/// </summary>
public sealed class SuperscriptTests
{
    [Fact]
    public void Sup_and_sub_are_read_as_styles_and_superscript_wins_when_nested()
    {
        var result = XhtmlReader.Read("""
            <html><body><p>m<sup>2</sup> H<sub>2</sub>O <sup><em>a</em><sub>b</sub></sup></p></body></html>
            """, "sup.xhtml", new TypesettingStyle());
        Assert.Empty(result.Diagnostics);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(result.Blocks));
        Assert.Equal(
        [
            new TextRun("m"), new TextRun("2", InlineStyle.Superscript), new TextRun(" H"), new TextRun("2", InlineStyle.Subscript),
            new TextRun("O "), new TextRun("a", InlineStyle.Superscript | InlineStyle.Italic), new TextRun("b", InlineStyle.Superscript),
        ], paragraph.Content);
    }

    [Fact]
    public void Superscript_letters_are_smaller_and_raised_subscript_letters_smaller_and_lowered()
    {
        using var rendered = new RenderedMarkup("<p>Die Fläche ist 3 m<sup>2</sup> groß, das Wasser H<sub>2</sub>O.</p>");
        Assert.Equal("DieFlächeist3m2groß,dasWasserH2O.", rendered.Text);
        var letters = rendered.Letters.ToList();
        var m = letters.Single(l => l.Value == "m");
        var twos = letters.Where(l => l.Value == "2").ToList();
        var (squared, sub) = (twos[0], twos[1]);
        var h = letters.Single(l => l.Value == "H");
        var size = m.Letter.PointSize;
        foreach (var small in twos)
            Assert.Equal(0.65, small.Letter.PointSize / size, 2); // Noto's OS/2 superscript and subscript x size
        // Noto's OS/2 table: superscripts 0.35 em up, subscripts 0.075 em down.
        Assert.Equal(0.35 * size, m.Baseline - squared.Baseline, 1);
        Assert.Equal(0.075 * size, sub.Baseline - h.Baseline, 1);
        Assert.True(squared.Baseline < m.Baseline - 0.3 * size, "the superscript is not raised");
        Assert.True(sub.Baseline > h.Baseline + 0.05 * size, "the subscript is not lowered");
        // Each follows its letter directly and the next letter follows it.
        Assert.Equal(m.Right, squared.Left, 2);
        Assert.Equal(h.Right, sub.Left, 2);
        Assert.Equal(sub.Right, letters[letters.IndexOf(sub) + 1].Left, 2);
        var (exitCode, output) = Tool.Run("qpdf", "--check", rendered.PdfPath);
        Assert.True(exitCode == 0, output);
        Assert.Contains("3 m2 groß, das Wasser H2O.", Tool.PageText(rendered.PdfPath, 1));
    }

    [Fact]
    public void A_line_with_a_superscript_is_as_tall_as_the_others()
    {
        var text = SampleText.Paragraph(new Random(3), true, 4);
        using var rendered = new RenderedMarkup($"<p>{text} Fußnote<sup>1</sup> und m<sub>2</sub> {text}</p>");
        var lines = ((TextFlow)rendered.Result.Flows.Single()).Lines;
        Assert.Contains(lines, line => line.Texts.Any(t => t.Style.Rise > 0));
        Assert.Contains(lines, line => line.Texts.Any(t => t.Style.Rise < 0));
        Assert.All(lines, line => Assert.Equal(lines[0].Height, line.Height));
        Assert.All(lines, line => Assert.Equal(lines[0].Baseline, line.Baseline));
    }

    /// <summary>
    /// Where a word ends in a hyphen or hyphenates right before its raised letters, or a compound wider than the column
    /// must be cut between letters somewhere, a break right before the raised text would suit the breaker as well as
    /// any other, unless it is kept to its word. Across sizes and line positions.
    /// </summary>
    [Theory]
    [InlineData(12)]
    [InlineData(14)]
    [InlineData(16)]
    public void A_superscript_after_a_word_stays_on_that_words_line(int bodySize)
    {
        var words = SampleText.Paragraph(new Random(5), true, 6).Split(' ');
        var body = new StringBuilder();
        foreach (var count in Enumerable.Range(1, 24))
        {
            var lead = string.Join(" ", words[..count]);
            body.Append($"<p>{lead} Zwischen-<sup>ab</sup> und Fußnote<sup>ab</sup> Leitungswasser<sup>1</sup> und Straßenbahn<sup>er</sup> "
                        + $"Donaudampfschifffahrtsgesellschaftskapitän<sup>12</sup>.</p>");
        }
        using var rendered = new RenderedMarkup(body.ToString(), $"data-columns=\"2\" data-body-size=\"{bodySize}\"");
        var letters = rendered.Letters.ToList();
        var checkedNotes = 0;
        for (var i = 1; i < letters.Count; i++)
        {
            var (note, before) = (letters[i], letters[i - 1]);
            if (note.Letter.PointSize > 0.8 * bodySize || before.Letter.PointSize < 0.8 * bodySize) continue;
            checkedNotes++;
            Assert.True(Math.Abs(note.Left - before.Right) < 0.01 && note.Baseline < before.Baseline && note.Baseline > before.Baseline - bodySize,
                $"'{note.Value}' stands apart from '{before.Value}' ({before.Right:0.##}, {before.Baseline:0.##} → {note.Left:0.##}, {note.Baseline:0.##})");
        }
        Assert.Equal(24 * 5, checkedNotes);
    }

    [Fact]
    public void Break_opportunities_touching_raised_text_are_dropped_or_made_the_dearest_last_resort()
    {
        var format = new ParagraphFormat { Family = Fonts.FontLibrary.SerifFamily, Size = 10, Language = "de" };
        var builder = new ParagraphItemsBuilder(format, 0.85, 60, Hyphenation.HyphenationLibrary.Default.For("de"));
        var list = builder.Build([new TextRun("Zwischen-"), new TextRun("ab", InlineStyle.Superscript), new TextRun("schifffahrtsgesellschaft")],
            Hyphenation.HyphenationLibrary.Default.For("de"));
        bool IsRaised(Item item) => item.Kind == ItemKind.Box && list.Pieces[item.Piece].Style.Rise > 0;
        var first = list.Items.FindIndex(IsRaised);
        var last = list.Items.FindLastIndex(IsRaised);
        Assert.True(first > 0, "no raised box");
        // Before and after the raised text only the dearest last resort; between its letters the ordinary one.
        Assert.Equal(9 * Item.Emergency, list.Items[first - 1].Penalty);
        Assert.Equal(9 * Item.Emergency, list.Items[last + 1].Penalty);
        Assert.All(list.Items[first..last].Where(item => item.Kind == ItemKind.Penalty), item => Assert.InRange(item.Penalty, Item.Emergency, 2 * Item.Emergency));
        // Breaks inside the rest of the word are still there.
        Assert.Contains(list.Items, item => item.Kind == ItemKind.Penalty && item.Penalty < Item.Emergency);
    }

    [Fact]
    public void A_note_reference_in_sup_and_its_note_link_to_each_other()
    {
        var filler = string.Concat(Enumerable.Range(0, 3).Select(i => $"<p>{SampleText.Paragraph(new Random(i), true, 3)}</p>"));
        using var rendered = new RenderedMarkup(
            $"""
            {filler}<p>Text mit Fußnote<sup><a href="#x-note-1" id="x-noteref-1" role="doc-noteref">1</a></sup> und weiter.</p>
            <div class="page-break"></div>{filler}
            <section class="notes" role="doc-endnotes"><h3>Anmerkungen</h3>
            <ol><li id="x-note-1" role="doc-endnote"><p>Die Anmerkung. <a href="#x-noteref-1" role="doc-backlink">zurück</a></p></li></ol></section>
            """);
        Assert.Empty(rendered.Markup.Diagnostics);
        var anchors = rendered.Result.Plan.Anchors;
        Assert.Equal(2, anchors["x-note-1"].Page);
        Assert.Equal(1, anchors["x-noteref-1"].Page);

        using var pdf = PdfPigDocument.Open(rendered.PdfPath);
        var pageHeight = pdf.GetPage(1).Height;
        var note = rendered.Pages[0].Single(l => l.Value == "1" && l.Letter.PointSize < 8);
        var reference = Assert.Single(pdf.GetPage(1).GetAnnotations(), a => a.Action is GoToAction);
        Assert.Equal(note.Left, reference.Rectangle.Left, 1);
        Assert.Equal(note.Right, reference.Rectangle.Right, 1);
        var toNote = ((GoToAction)reference.Action!).Destination;
        Assert.Equal(2, toNote.PageNumber);
        // The destination's top is a little above the note's first line, and above the paragraph after it.
        var noteLetter = rendered.Pages[1].First(l => l.Value == "D" && rendered.Pages[1][rendered.Pages[1].ToList().IndexOf(l) + 1].Value == "i"
                                                                    && l.Baseline > anchors["x-note-1"].Y);
        var noteTop = pageHeight - toNote.Coordinates.Top!.Value;
        Assert.InRange(noteLetter.Baseline - noteTop, 0, 2 * rendered.Style.BodySize + 6);

        var back = Assert.Single(pdf.GetPage(2).GetAnnotations(), a => a.Action is GoToAction);
        var toReference = ((GoToAction)back.Action!).Destination;
        Assert.Equal(1, toReference.PageNumber);
        var referenceTop = pageHeight - toReference.Coordinates.Top!.Value;
        var firstOfParagraph = rendered.Pages[0].First(l => l.Baseline > anchors["x-noteref-1"].Y);
        Assert.Equal("T", firstOfParagraph.Value);
        Assert.InRange(firstOfParagraph.Baseline - referenceTop, 0, 2 * rendered.Style.BodySize + 6);
    }

    [Fact]
    public void Ids_on_li_p_and_section_and_in_inline_content_are_anchors()
    {
        var result = XhtmlReader.Read("""
            <html><body><section id="s"><h3>Anmerkungen</h3><ol><li id="n1"><p>Eins</p></li><li id="n2">Zwei <a id="r2" href="#s">zurück</a></li></ol></section>
            <p id="p">Text<sup><a id="ref" href="#n1">1</a></sup></p></body></html>
            """, "ids.xhtml", new TypesettingStyle());
        Assert.Empty(result.Diagnostics);
        var (plan, _) = new Typesetter(result.Style).Layout(new TypesetDocument(result.Blocks, RenderFixture.Info));
        Assert.Equal(["n1", "n2", "p", "r2", "ref", "s"], plan.Anchors.Keys.Order(StringComparer.Ordinal));
        Assert.True(plan.Anchors["s"].Y < plan.Anchors["n1"].Y && plan.Anchors["n1"].Y < plan.Anchors["n2"].Y && plan.Anchors["n2"].Y < plan.Anchors["p"].Y);
        Assert.Equal(plan.Anchors["n2"], plan.Anchors["r2"]);
        Assert.Equal(plan.Anchors["p"], plan.Anchors["ref"]);
    }

    /// <summary>
    /// Text without sup or sub is set exactly as before superscripts existed: every line's height, baseline, width and
    /// text of a two-column sample (TOC, headings, hyphenated paragraphs, lists, a quote), compared with the file
    /// written by the typesetter before superscripts existed.
    /// </summary>
    [Fact]
    public void Text_without_sup_or_sub_is_set_as_before()
    {
        var golden = Path.Combine(Folder(), "Golden", "plain-layout.txt");
        var actual = PlainLayout();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(golden, actual);
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    internal static string PlainLayout()
    {
        var markup = SampleMarkup.Build(1, 2, seed: 11, bodyAttributes: "data-columns=\"2\"");
        var result = XhtmlReader.Read(markup, "plain.xhtml", new TypesettingStyle());
        var (plan, flows) = new Typesetter(result.Style).Layout(new TypesetDocument(result.Blocks, RenderFixture.Info));
        var text = new StringBuilder();
        foreach (var (page, number) in plan.Pages.Select((page, i) => (page, i + 1)))
        foreach (var placement in page.Placements)
        {
            if (flows[placement.Flow] is not TextFlow flow) continue;
            for (var i = placement.FromLine; i < placement.ToLine; i++)
            {
                var line = flow.Lines[i];
                text.Append(CultureInfo.InvariantCulture, $"{number} {placement.X:0.###} {line.Height:0.###} {line.Baseline:0.###} {line.Width:0.###} | {line.PlainText}\n");
            }
        }
        return text.ToString();
    }

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
