using AngleSharp;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Publisher.Epub.Tests.Support;

namespace Publisher.Epub.Tests;

/// <summary>The shipped stylesheet as a reading system applies it (AngleSharp's cascade), on the markup the chapters use.</summary>
public class StylesheetTests
{
    [Fact]
    public void Emphasis_in_an_italic_block_quote_is_upright_so_it_still_shows()
    {
        var document = Styled("<p>Text <em>betont</em>.</p><blockquote><p>Zitat mit <em>betontem</em> Wort.</p></blockquote>");
        var window = document.DefaultView!;
        string FontStyle(string selector) => window.GetComputedStyle(document.QuerySelector(selector)!).GetFontStyle();

        Assert.Equal("italic", FontStyle("p > em"));
        Assert.Equal("italic", FontStyle("blockquote p"));
        Assert.Equal("normal", FontStyle("blockquote em"));
    }

    [Fact]
    public void A_picture_fits_the_page_keeps_its_shape_stays_whole_and_has_a_small_caption()
    {
        var document = Styled("<figure class=\"picture\"><img src=\"pictures/a.png\" alt=\"A\" width=\"4000\" height=\"3000\"/><figcaption>Bild</figcaption></figure>");
        var window = document.DefaultView!;
        ICssStyleDeclaration Style(string selector) => window.GetComputedStyle(document.QuerySelector(selector)!);

        var img = Style("figure img");
        Assert.Equal(("100%", "auto", "block"), (img.GetMaxWidth(), img.GetHeight(), img.GetDisplay()));
        Assert.Equal("auto", img.GetMarginLeft());
        Assert.Equal("auto", img.GetMarginRight());
        var figure = Style("figure");
        Assert.Equal("avoid", figure.GetPropertyValue("break-inside"));
        Assert.Equal("avoid", figure.GetPropertyValue("page-break-inside"));
        // Smaller than the text, in proportion to the reader's font size (16px here), as an e-ink reader sets it: 0.85em.
        Assert.Equal("13.6px", Style("figcaption").GetFontSize());
    }

    private static IDocument Styled(string body)
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Templates, "epub", "style.css"));
        var context = BrowsingContext.New(Configuration.Default.WithCss());
        return context.OpenAsync(request => request.Content($"<html><head><style>{css}</style></head><body>{body}</body></html>")).GetAwaiter().GetResult();
    }
}
