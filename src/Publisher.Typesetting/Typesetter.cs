using System.Text;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Hyphenation;
using Publisher.Typesetting.Layout;
using Publisher.Typesetting.Rendering;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting;

/// <summary>
/// The result of typesetting: the PDF bytes, the final page plan (for checks and tests), and the characters
/// the fonts had no glyph for (printed as <see cref="PrintableText.Replacement"/>; the caller reports them).
/// </summary>
public sealed record TypesetResult(byte[] Pdf, PagePlan Plan, IReadOnlyList<Flowable> Flows, IReadOnlyList<Rune> MissingGlyphs);

/// <summary>
/// Lays a document out and renders it. Pass 1 paginates with unknown page numbers and records where
/// every anchor landed; pass 2 composes the tables of contents with those numbers and paginates
/// again (repeated until the anchors stop moving, at most a few times); the drawing pass then knows
/// every page number and the page count.
/// <para><paramref name="useAllCores"/>: line breaking and stream compression of one document run on
/// every core; a caller that already renders several documents at once passes false.</para>
/// </summary>
public sealed class Typesetter(TypesettingStyle style, HyphenationLibrary? hyphenation = null, PageDecorations? decorations = null,
    bool useAllCores = true)
{
    private const int MaxPasses = 4;

    public TypesettingStyle Style { get; } = style;

    public (PagePlan Plan, List<Flowable> Flows) Layout(TypesetDocument document)
    {
        var composer = new Composer(Style, hyphenation ?? HyphenationLibrary.Default, useAllCores);
        var paginator = new Paginator(Style);
        IReadOnlyDictionary<string, int> pageNumbers = new Dictionary<string, int>();
        List<Flowable> flows = [];
        PagePlan plan = new();
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            flows = composer.Compose(document.Blocks, pageNumbers);
            plan = paginator.Paginate(flows);
            var found = plan.AnchorPages;
            if (pass > 0 && SameNumbers(found, pageNumbers)) break;
            pageNumbers = found;
        }
        return (plan, flows);
    }

    public TypesetResult Render(TypesetDocument document)
    {
        var printable = new PrintableText(Style);
        var (plan, flows) = Layout(printable.Apply(document));
        var running = decorations ?? PageDecorations.Default;
        var renderer = new PdfRenderer(Style, new PageDecorations(
            page => Printable(running.Header(page), printable), page => Printable(running.Footer(page), printable)), useAllCores);
        var pdf = renderer.Render(plan, flows, document.Info);
        var bytes = PdfFinisher.Finish(pdf, useAllCores);
        return new TypesetResult(bytes, plan, flows, printable.Missing);
    }

    /// <summary>
    /// A running header or footer as it is drawn: printable, Arabic letters joined, cut short to fit the type area (see
    /// <see cref="RunningTextFit"/>; in logical order, so a Hebrew name loses its last words), and in visual order (a
    /// Hebrew section name reads from the right).
    /// </summary>
    private RunningText? Printable(RunningText? text, PrintableText printable)
    {
        if (text is null) return null;
        var shaped = new RunningText(Shaped(text.Left, printable), Shaped(text.Center, printable), Shaped(text.Right, printable));
        var face = new FontFaceKey(Style.DecorationFamily, false, false);
        var fallback = face with { Family = Style.FallbackFamily };
        var fitted = RunningTextFit.Fit(shaped, Style.Page.Width - Style.Margins.Left - Style.Margins.Right, 2 * Style.DecorationSize,
            s => FallbackSegments.Width(s, face, fallback, Style.DecorationSize));
        return new RunningText(Visual(fitted.Left), Visual(fitted.Center), Visual(fitted.Right));
    }

    private string Shaped(string text, PrintableText printable) => Bidi.ArabicShaping.Apply(printable.Apply(text), Style.FallbackFamily);

    private static string Visual(string text) => Bidi.BidiText.Visual(text, TextDirection.LeftToRight);

    private static bool SameNumbers(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var page) && page == pair.Value);
}
