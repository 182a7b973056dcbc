using Publisher.Typesetting.Document;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

/// <summary>A list item whose text starts with a ballot box (a task) has the box as its marker, drawn from a face that has it.</summary>
public sealed class TaskMarkerTests
{
    private static string FamilyOf(PlacedLetter letter) => letter.FontName[(letter.FontName.IndexOf('+') + 1)..].Replace(" ", "");

    [Fact]
    public void A_leading_ballot_box_is_the_items_marker_in_the_monospaced_face_which_has_it()
    {
        using var rendered = new RenderedMarkup("<ul><li>☐ Milch</li><li class=\"task done\">☑ <strong>Brot</strong></li><li>Salz</li><li>☐</li><li>☐x</li></ul>");
        Assert.Empty(rendered.Markup.Diagnostics);
        var items = Assert.IsType<ListBlock>(Assert.Single(rendered.Markup.Blocks)).Items;
        Assert.Equal(["☐", "☑", null, null, null], items.Select(i => i.Marker));
        // A box alone or glued to a word is text (set in DejaVu Sans, the fallback face: Noto has no ballot box).
        Assert.Equal("☐Milch☑Brot•Salz•☐•☐x", rendered.Text);
        var letters = rendered.Letters.ToList();
        var open = letters.First(l => l.Value == "☐");
        var done = letters.Single(l => l.Value == "☑");
        Assert.StartsWith("DejaVuSansMono", FamilyOf(open));
        Assert.Contains("Bold", FamilyOf(done)); // the face of the item's first text, bold
        var milch = letters[rendered.Text.IndexOf("Milch", StringComparison.Ordinal)];
        var bullet = letters.First(l => l.Value == "•");
        Assert.Equal(milch.Baseline, open.Baseline, 0.01);
        Assert.True(open.Right <= milch.Left, "the box stands before the text, where the bullet stands");
        Assert.Equal(bullet.Right, open.Right, 0.5);
        // As tall as the text's capitals: Noto Serif's H is 0.714 em, DejaVu Sans Mono's box 0.504 em.
        Assert.Equal(milch.Letter.PointSize * 714 / 504, open.Letter.PointSize, 0.05);
        Assert.Equal(milch.Letter.PointSize, bullet.Letter.PointSize, 0.01); // other markers keep the text's size
    }

    [Fact]
    public void Where_no_face_has_the_box_it_is_drawn_as_the_brackets_it_was_written_as()
    {
        // A style whose monospaced family is Noto Sans: no face of it draws a ballot box.
        var markup = Publisher.Typesetting.Markup.XhtmlReader.Read("<html><body><ul><li>☐ offen</li><li>☑ fertig</li></ul></body></html>", "t.xhtml",
            new TypesettingStyle { MonospaceFamily = Publisher.Typesetting.Fonts.FontLibrary.SansFamily });
        var (_, flows) = new Typesetter(markup.Style).Layout(new TypesetDocument(markup.Blocks, RenderFixture.Info));
        Assert.Equal(["[ ]", "[x]"], flows.OfType<Publisher.Typesetting.Layout.TextFlow>().Select(f => f.Marker!.Value.Style.Text));
    }
}
