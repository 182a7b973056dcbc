namespace Publisher.Typesetting.Styling;

/// <summary>
/// Overrides for a kind of block or a class name; unset values keep what the base style says.
/// Sizes and spaces are in points; <see cref="Color"/> is 0xRRGGBB.
/// </summary>
public sealed record ParagraphStyle
{
    public string? Family { get; init; }
    public double? Size { get; init; }
    public bool? Bold { get; init; }
    public bool? Italic { get; init; }
    public TextAlignment? Alignment { get; init; }
    public double? LineHeight { get; init; }
    public double? SpaceBefore { get; init; }
    public double? SpaceAfter { get; init; }
    public double? IndentLeft { get; init; }
    public double? IndentRight { get; init; }
    public bool? KeepWithNext { get; init; }
    public bool? KeepTogether { get; init; }
    public bool? Hyphenate { get; init; }
    public int? Color { get; init; }

    public ParagraphFormat ApplyTo(ParagraphFormat format) => format with
    {
        Family = Family ?? format.Family,
        Size = Size ?? format.Size,
        Bold = Bold ?? format.Bold,
        Italic = Italic ?? format.Italic,
        Alignment = Alignment ?? format.Alignment,
        LineHeight = LineHeight ?? format.LineHeight,
        SpaceBefore = SpaceBefore ?? format.SpaceBefore,
        SpaceAfter = SpaceAfter ?? format.SpaceAfter,
        IndentLeft = format.IndentLeft + (IndentLeft ?? 0),
        IndentRight = format.IndentRight + (IndentRight ?? 0),
        KeepWithNext = KeepWithNext ?? format.KeepWithNext,
        KeepTogether = KeepTogether ?? format.KeepTogether,
        Hyphenate = Hyphenate ?? format.Hyphenate,
        Color = Color ?? format.Color,
    };
}
