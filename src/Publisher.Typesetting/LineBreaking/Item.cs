namespace Publisher.Typesetting.LineBreaking;

public enum ItemKind
{
    Box,
    Glue,
    Penalty,
}

/// <summary>
/// Knuth–Plass material: a box (text of fixed width; <see cref="Piece"/> indexes its text piece),
/// glue (a space that may stretch or shrink) or a penalty (a possible break; flagged when it
/// inserts a hyphen, whose width is <see cref="Width"/>).
/// </summary>
public readonly record struct Item(ItemKind Kind, double Width, double Stretch, double Shrink, double Penalty, bool Flagged, int Piece)
{
    /// <summary>A penalty this large forbids a break; this small forces one.</summary>
    public const double Infinity = 10000;

    /// <summary>Penalties from here up mark last-resort breaks inside a word; only the final pass uses them.</summary>
    public const double Emergency = 1000;

    /// <summary>Stretch of the glue that fills the last line of a paragraph.</summary>
    public const double Fill = 100000;

    public static Item Box(double width, int piece) => new(ItemKind.Box, width, 0, 0, 0, false, piece);

    public static Item Glue(double width, double stretch, double shrink, int piece) =>
        new(ItemKind.Glue, width, stretch, shrink, 0, false, piece);

    public static Item Break(double penalty, double width = 0, bool flagged = false, int piece = -1) =>
        new(ItemKind.Penalty, width, 0, 0, penalty, flagged, piece);

    public static Item ForcedBreak => Break(-Infinity);
}

/// <summary>
/// Text in one face, size, colour and link, perhaps struck through, perhaps raised (<paramref name="Rise"/> in points
/// above the baseline; negative lowers it: superscript and subscript): what a box draws.
/// </summary>
public sealed record TextPiece(string Text, Fonts.FontFaceKey Face, double Size, int Color, string? Link, bool Strikethrough = false,
    double Rise = 0)
{
    /// <summary>Drawn, but not content: a tagged PDF's artifact (a table of contents' dot leaders), never read out.</summary>
    public bool IsArtifact { get; init; }
}

/// <summary>One line's break: the item index it ends at and how much its glue was stretched (ratio).</summary>
public readonly record struct LineBreakPoint(int Position, double Ratio);
