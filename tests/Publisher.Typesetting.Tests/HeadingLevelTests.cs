using Publisher.Typesetting.Document;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

/// <summary>Every heading level from h1 to h6 is read as itself and set at its own size, each smaller than the one above.</summary>
public sealed class HeadingLevelTests
{
    [Fact]
    public void Every_level_is_read_without_a_warning()
    {
        var result = XhtmlReader.Read("<html><body><h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6></body></html>", "h.xhtml", new TypesettingStyle());
        Assert.Empty(result.Diagnostics);
        Assert.Equal([1, 2, 3, 4, 5, 6], result.Blocks.Cast<Heading>().Select(h => h.Level));
    }

    [Fact]
    public void Each_level_is_set_smaller_than_the_one_above_in_the_styles_sizes()
    {
        using var rendered = new RenderedMarkup("<h1>Eins</h1><h2>Zwei</h2><h3>Drei</h3><h4>Vier</h4><h5>Fünf</h5><h6>Sechs</h6><p>Text.</p>");
        var letters = rendered.Letters.ToList();
        var text = rendered.Text;
        double[] sizes = [.. new[] { "Eins", "Zwei", "Drei", "Vier", "Fünf", "Sechs" }.Select(word => letters[text.IndexOf(word, StringComparison.Ordinal)].Letter.PointSize)];
        Assert.Equal(rendered.Style.HeadingSizes, sizes);
        Assert.Equal(sizes.OrderDescending().Distinct(), sizes);
        Assert.All(sizes.Take(5), size => Assert.True(size > 9 && size != rendered.Style.BodySize, $"{size} pt"));
    }

    [Fact]
    public void A_style_with_fewer_sizes_sets_deeper_headings_at_its_last()
    {
        var style = new TypesettingStyle { HeadingSizes = [20, 14, 11] };
        var result = XhtmlReader.Read("<html><body><h5>Tief</h5></body></html>", "h.xhtml", style);
        var (_, flows) = new Typesetter(result.Style).Layout(new TypesetDocument(result.Blocks, RenderFixture.Info));
        var line = Assert.IsType<Publisher.Typesetting.Layout.TextFlow>(Assert.Single(flows)).Lines[0];
        Assert.Equal(11, line.Texts[0].Style.Size);
    }
}
