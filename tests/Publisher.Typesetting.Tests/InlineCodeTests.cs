using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// Code in running text (&lt;code&gt;, &lt;kbd&gt;, &lt;samp&gt;): the monospaced family, its lower-case letters as tall as
/// those of the text around it, checked against its own faces for missing glyphs.
/// </summary>
public sealed class InlineCodeTests
{
    private static string FamilyOf(PlacedLetter letter) => letter.FontName[(letter.FontName.IndexOf('+') + 1)..];

    [Fact]
    public void Code_kbd_and_samp_are_read_as_code_var_keeps_its_text()
    {
        var result = XhtmlReader.Read("<html><body><p>Rufe <code>f(x)</code>, <strong><kbd>Strg</kbd></strong>, <samp>ok</samp> und <var>n</var>.</p></body></html>",
            "code.xhtml", new TypesettingStyle());
        Assert.Empty(result.Diagnostics);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(result.Blocks));
        Assert.Equal(
        [
            new TextRun("Rufe "), new TextRun("f(x)", InlineStyle.Code), new TextRun(", "), new TextRun("Strg", InlineStyle.Code | InlineStyle.Bold),
            new TextRun(", "), new TextRun("ok", InlineStyle.Code), new TextRun(" und "), new TextRun("n"), new TextRun("."),
        ], paragraph.Content);
    }

    [Fact]
    public void Code_is_set_in_the_monospaced_font_with_the_x_height_of_the_text_around_it()
    {
        using var rendered = new RenderedMarkup("<p>Die Funktion <code>printf</code> gibt aus.</p><h2>Mit <code>xargs</code> gesucht</h2>");
        Assert.Empty(rendered.Markup.Diagnostics);
        Assert.Equal("DieFunktionprintfgibtaus.Mitxargsgesucht", rendered.Text);
        var letters = rendered.Letters.ToList();
        var text = rendered.Text;
        var body = letters[text.IndexOf("Funktion", StringComparison.Ordinal)];
        var code = letters.Skip(text.IndexOf("printf", StringComparison.Ordinal)).Take(6).ToList();
        Assert.All(code, letter => Assert.StartsWith(FontLibrary.MonospaceFamily.Replace(" ", ""), FamilyOf(letter).Replace(" ", "")));
        Assert.StartsWith(FontLibrary.SerifFamily.Replace(" ", ""), FamilyOf(body).Replace(" ", ""));
        Assert.Equal(body.Baseline, code[0].Baseline, 0.01);

        // The letters' ink: an x of the code as tall as an x of the text (the sizes differ by the faces' x-heights).
        var bodyX = BodyX(rendered.Style.BodyFamily, rendered.Style.BodySize);
        var codeX = FontMetrics.For(new FontFaceKey(FontLibrary.MonospaceFamily, false, false)).XHeight * code[0].Letter.PointSize / 1000;
        Assert.Equal(bodyX, codeX, 0.01);
        Assert.Equal(rendered.Style.BodySize * 536 / 546.875, code[0].Letter.PointSize, 0.01); // Noto Serif 0.536 em, DejaVu Sans Mono 0.547 em

        // In a heading: bold monospaced, at the heading's x-height.
        var heading = letters[text.IndexOf("Mit", StringComparison.Ordinal)];
        var headingCode = letters[text.IndexOf("xargs", StringComparison.Ordinal)];
        Assert.Contains("Bold", FamilyOf(headingCode));
        var headingFace = FontMetrics.For(new FontFaceKey(rendered.Style.HeadingFamily, true, false));
        var monoBold = FontMetrics.For(new FontFaceKey(FontLibrary.MonospaceFamily, true, false));
        Assert.Equal(headingFace.XHeight * heading.Letter.PointSize / 1000, monoBold.XHeight * headingCode.Letter.PointSize / 1000, 0.01);
    }

    [Fact]
    public void A_space_beside_code_is_as_wide_as_the_texts_not_the_codes()
    {
        using var rendered = new RenderedMarkup("<p>Der Befehl <code>ls</code> zeigt, <code>cd</code> wechselt.</p>");
        var letters = rendered.Letters.ToList();
        var text = rendered.Text;
        PlacedLetter At(string word) => letters[text.IndexOf(word, StringComparison.Ordinal)];
        var serifSpace = FontMetrics.For(new FontFaceKey(FontLibrary.SerifFamily, false, false)).Width(' ', rendered.Style.BodySize);
        var monoSpace = FontMetrics.For(new FontFaceKey(FontLibrary.MonospaceFamily, false, false)).Width(' ', rendered.Style.BodySize);
        Assert.True(monoSpace > 2 * serifSpace);
        Assert.Equal(serifSpace, At("ls").Left - At("Befehl").Left - FontMetrics.For(new FontFaceKey(FontLibrary.SerifFamily, false, false)).Width("Befehl", rendered.Style.BodySize), 0.01);
        Assert.Equal(serifSpace, At("zeigt").Left - letters[text.IndexOf("ls", StringComparison.Ordinal) + 1].Right, 0.01);
    }

    private static double BodyX(string family, double size) => FontMetrics.For(new FontFaceKey(family, false, false)).XHeight * size / 1000;

    [Fact]
    public void The_x_height_is_the_os2_tables_or_else_the_top_of_the_x_glyph()
    {
        // Noto's OS/2 table (version 4) says 536 of 1000; DejaVu Sans Mono's (version 1) has no x-height: its x glyph is 1120 of 2048 units tall.
        Assert.Equal(536, FontMetrics.For(new FontFaceKey(FontLibrary.SerifFamily, false, false)).XHeight, 0.01);
        Assert.Equal(546, FontMetrics.For(new FontFaceKey(FontLibrary.SansFamily, true, false)).XHeight, 0.01);
        Assert.Equal(1120.0 / 2048 * 1000, FontMetrics.For(new FontFaceKey(FontLibrary.MonospaceFamily, false, false)).XHeight, 0.01);
        Assert.Equal(XHeightReader.Default, XHeightReader.Read([0, 1, 0, 0, 0, 0]));
        Assert.Equal(XHeightReader.Default, XHeightReader.Read([]));
    }

    [Fact]
    public void Code_is_checked_against_the_monospaced_faces_it_is_set_in()
    {
        // DejaVu Sans Mono has the ballot boxes, box drawing and APL's quad; Noto Serif has none of them, DejaVu Sans (the
        // fallback face) no quad.
        using var rendered = new RenderedMarkup("<p>Offen: <code>☐ ─ ⎕</code>, im Text: ☐ und ⎕.</p>");
        Assert.Equal("Offen:☐─⎕,imText:☐und\uFFFD.", rendered.Text);
        Assert.Equal([new System.Text.Rune('⎕')], rendered.Result.MissingGlyphs);
    }
}
