using Publisher.Typesetting.Document;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Rendering;
using Publisher.Typesetting.Styling;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// A markup document rendered once and kept as a temporary PDF, with what the checks need: the reader's
/// result, the layout, the letters PdfPig reads back per page (y from the page's top, like the layout's).
/// </summary>
public sealed class RenderedMarkup : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("typesetting-rendered-");

    public RenderedMarkup(string body, string bodyAttributes = "", Func<string, PictureImage?>? pictures = null)
    {
        Markup = XhtmlReader.Read($"<html lang=\"de\"><body {bodyAttributes}>{body}</body></html>", "rendered.xhtml", new TypesettingStyle(), pictures);
        // No running header or footer: every letter on the page is the document's.
        var noDecorations = new PageDecorations(_ => null, _ => null);
        Result = new Typesetter(Style, decorations: noDecorations).Render(new TypesetDocument(Markup.Blocks, RenderFixture.Info));
        File.WriteAllBytes(PdfPath, Result.Pdf);
        using var pdf = PdfDocument.Open(PdfPath);
        Pages = [.. pdf.GetPages().Select(page => (IReadOnlyList<PlacedLetter>)
            [.. page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => new PlacedLetter(l, page.Height))])];
    }

    public MarkupResult Markup { get; }
    public TypesettingStyle Style => Markup.Style;
    public TypesetResult Result { get; }
    public string PdfPath => Path.Combine(_folder.FullName, "rendered.pdf");

    /// <summary>Each page's visible letters in drawing order.</summary>
    public IReadOnlyList<IReadOnlyList<PlacedLetter>> Pages { get; }

    public IEnumerable<PlacedLetter> Letters => Pages.SelectMany(page => page);

    /// <summary>All visible letters of the document, in drawing order, as one string.</summary>
    public string Text => string.Concat(Letters.Select(l => l.Value));

    /// <summary>The left and right edge of the page's column the letter stands in.</summary>
    public (double Left, double Right) ColumnAt(double x)
    {
        var column = Math.Clamp((int)((x - Style.Margins.Left) / (Style.ColumnWidth + Style.ColumnGap)), 0, Style.Columns - 1);
        var left = Style.Margins.Left + column * (Style.ColumnWidth + Style.ColumnGap);
        return (left, left + Style.ColumnWidth);
    }

    /// <summary>Fails unless every letter stands inside its column and between the top and bottom margins.</summary>
    public void AssertInsideTheFrame()
    {
        var top = Style.Margins.Top;
        var bottom = Style.Page.Height - Style.Margins.Bottom;
        foreach (var letter in Letters)
        {
            var (left, right) = ColumnAt(letter.Left);
            Assert.True(letter.Left >= left - 0.01 && letter.Right <= right + 0.01,
                $"'{letter.Value}' from {letter.Left:0.##} to {letter.Right:0.##} leaves its column {left:0.##}–{right:0.##}");
            Assert.True(letter.Baseline > top && letter.Baseline < bottom, $"'{letter.Value}' at y {letter.Baseline:0.##} is outside {top}–{bottom}");
        }
    }

    public void Dispose() => _folder.Delete(true);
}

/// <summary>A letter as PdfPig read it, with its baseline's y measured from the page's top.</summary>
public sealed record PlacedLetter(Letter Letter, double PageHeight)
{
    public string Value => Letter.Value;
    public double Left => Letter.StartBaseLine.X;
    /// <summary>Where the advance ends (the next letter would start).</summary>
    public double Right => Letter.EndBaseLine.X;
    public double Baseline => PageHeight - Letter.StartBaseLine.Y;
    public string FontName => Letter.FontName ?? "";
}
