using Publisher.Typesetting.Fonts;

namespace Publisher.Typesetting.Styling;

/// <summary>Everything needed to set one block's text, fully resolved.</summary>
public sealed record ParagraphFormat
{
    public required string Family { get; init; }
    public required double Size { get; init; }
    /// <summary>The family of code in the text (<see cref="Document.InlineStyle.Code"/>).</summary>
    public string MonospaceFamily { get; init; } = FontLibrary.MonospaceFamily;
    /// <summary>The family of characters the text's faces lack (<see cref="Document.InlineStyle.Fallback"/>).</summary>
    public string FallbackFamily { get; init; } = FontLibrary.FallbackFamily;
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public TextAlignment Alignment { get; init; } = TextAlignment.Justify;
    /// <summary>Baseline-to-baseline distance as a multiple of <see cref="Size"/>.</summary>
    public double LineHeight { get; init; } = 1.4;
    public double SpaceBefore { get; init; }
    public double SpaceAfter { get; init; }
    public double IndentLeft { get; init; }
    public double IndentRight { get; init; }
    public bool KeepWithNext { get; init; }
    public bool KeepTogether { get; init; }
    public bool Hyphenate { get; init; } = true;
    public int Color { get; init; }
    public string Language { get; init; } = "en";
    /// <summary>
    /// Which way the block runs: its lines' bidi paragraph level, and, right to left, the side they start from (a
    /// justified paragraph's last line and <see cref="TextAlignment.Left"/> text end at the right edge).
    /// </summary>
    public Document.TextDirection Direction { get; init; }

    public FontFaceKey Face => new(Family, Bold, Italic);

    public double Leading => Size * LineHeight;
}
