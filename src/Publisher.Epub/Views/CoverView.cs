using Publisher.Epub.Books;
using Publisher.Epub.Cover;

namespace Publisher.Epub.Views;

/// <summary>
/// The cover for the SVG template, laid out on a 1200 × 1800 canvas: each text already fitted to the width
/// (<c>cover.heading.lines</c>, <c>cover.heading.size</c>). Plain text: escape it.
/// </summary>
public sealed record CoverView(FittedText Masthead, FittedText Heading, FittedText Subheading, FittedText Tags, string Alt)
{
    public const float Width = 1200;
    public const float Height = 1800;
    private const float TextWidth = Width - 160;

    public static CoverView From(CoverText text) => new(
        CoverLayout.Fit(text.Masthead, bold: true, TextWidth, maxSize: 110, minSize: 40, maxLines: 2),
        CoverLayout.Fit(text.Heading, bold: true, TextWidth, maxSize: 150, minSize: 56, maxLines: 3),
        CoverLayout.Fit(text.Subheading, bold: false, TextWidth, maxSize: 70, minSize: 36, maxLines: 2),
        CoverLayout.Fit(string.Join(" · ", text.Tags.Select(CoverFonts.Instance.WithoutMissing).Where(t => t.Length > 0)), bold: false, TextWidth, maxSize: 60, minSize: 36, maxLines: 3),
        string.Join(" – ", new[] { text.Masthead, text.Heading, text.Subheading, string.Join(", ", text.Tags) }.Where(t => t.Length > 0)));
}
