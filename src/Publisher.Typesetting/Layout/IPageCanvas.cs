using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Layout;

/// <summary>What flowables draw on; coordinates in points from the page's top-left corner.</summary>
public interface IPageCanvas
{
    /// <summary>Draws a piece with its baseline at <paramref name="baselineY"/>; links become clickable areas.</summary>
    void DrawText(double x, double baselineY, PlacedText text, double lineTop, double lineHeight);

    /// <summary>Draws a set line's pieces (X relative to <paramref name="x"/>) with its baseline at <paramref name="baselineY"/>.</summary>
    void DrawLine(double x, double baselineY, IReadOnlyList<PlacedText> texts, double lineTop, double lineHeight);

    /// <summary>Rules are never content of the structure tree: in a tagged PDF they are artifacts.</summary>
    void DrawRule(double x1, double y1, double x2, double y2, double thickness, int color);

    /// <summary>
    /// The structure element the text drawn from here on belongs to (a tagged PDF's marked content); null: what follows
    /// is an artifact (running headers, a repeated table header, a thematic break's mark), not content.
    /// </summary>
    void Tag(StructureNode? node)
    {
    }

    /// <summary>
    /// Draws <paramref name="image"/> into the box with its top-left corner at (x, y), <paramref name="width"/> by
    /// <paramref name="height"/> points; <paramref name="source"/> names it (one image object per source and document).
    /// </summary>
    void DrawImage(string source, Document.PictureImage image, double x, double y, double width, double height)
    {
    }
}
