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

    private static IDocument Styled(string body)
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Templates, "epub", "style.css"));
        var context = BrowsingContext.New(Configuration.Default.WithCss());
        return context.OpenAsync(request => request.Content($"<html><head><style>{css}</style></head><body>{body}</body></html>")).GetAwaiter().GetResult();
    }
}
