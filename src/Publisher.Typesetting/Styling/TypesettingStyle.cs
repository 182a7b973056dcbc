namespace Publisher.Typesetting.Styling;

/// <summary>
/// The caller's choices for a whole document: paper, margins, columns, fonts, sizes, spacing,
/// widow/orphan limits and per-class paragraph styles. Immutable; change with <c>with</c>.
/// </summary>
public sealed record TypesettingStyle
{
    public PageFormat Page { get; init; } = PageFormat.A4;
    public Margins Margins { get; init; } = new(64, 58, 64, 58);
    public int Columns { get; init; } = 1;
    public double ColumnGap { get; init; } = 18;

    public string BodyFamily { get; init; } = Fonts.FontLibrary.SerifFamily;
    public double BodySize { get; init; } = 10;
    public double LineHeight { get; init; } = 1.42;
    public double ParagraphSpacing { get; init; } = 4;

    public string HeadingFamily { get; init; } = Fonts.FontLibrary.SansFamily;
    /// <summary>
    /// Sizes of h1 to h6, each level smaller (a heading deeper than the list is set at its last size). The digest sets
    /// an article's subheads as h3 to h5: 11.5, 10.5 and 9.5 pt around 10 pt text.
    /// </summary>
    public IReadOnlyList<double> HeadingSizes { get; init; } = [22, 15, 11.5, 10.5, 9.5, 9];

    public double SmallScale { get; init; } = 0.85;

    /// <summary>The family of preformatted text; its size is the body size times <see cref="MonospaceScale"/>.</summary>
    public string MonospaceFamily { get; init; } = Fonts.FontLibrary.MonospaceFamily;
    /// <summary>A monospaced face looks larger than a proportional one of the same size (wider letters).</summary>
    public double MonospaceScale { get; init; } = 0.85;
    public double ListIndent { get; init; } = 16;

    /// <summary>
    /// The family characters are set in where the family of their text (or code) has no glyph for them
    /// (<see cref="Fonts.PrintableText"/>), at the text's size and weight.
    /// </summary>
    public string FallbackFamily { get; init; } = Fonts.FontLibrary.FallbackFamily;

    /// <summary>What marks a thematic break (&lt;hr/&gt;), centred in the body face: a dinkus, as books set a change of scene.</summary>
    public string ThematicBreakMark { get; init; } = "* * *";
    public double QuoteIndent { get; init; } = 18;

    public int Widows { get; init; } = 2;
    public int Orphans { get; init; } = 2;

    /// <summary>Default language for hyphenation when a block names none.</summary>
    public string Language { get; init; } = "en";

    public string DecorationFamily { get; init; } = Fonts.FontLibrary.SansFamily;
    public double DecorationSize { get; init; } = 7.5;
    public int DecorationColor { get; init; } = 0x555555;

    /// <summary>Paragraph styles selected by a block's class name (e.g. "kicker", "byline").</summary>
    public IReadOnlyDictionary<string, ParagraphStyle> Classes { get; init; } = DefaultClasses.All;

    public double ContentWidth => Page.Width - Margins.Left - Margins.Right;

    public double ContentHeight => Page.Height - Margins.Top - Margins.Bottom;

    public double ColumnWidth => (ContentWidth - (Columns - 1) * ColumnGap) / Columns;
}
