using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Layout;

/// <summary>What flowables draw on; coordinates in points from the page's top-left corner.</summary>
public interface IPageCanvas
{
    /// <summary>Draws a piece with its baseline at <paramref name="baselineY"/>; links become clickable areas.</summary>
    void DrawText(double x, double baselineY, PlacedText text, double lineTop, double lineHeight);

    /// <summary>Draws a set line's pieces (X relative to <paramref name="x"/>) with its baseline at <paramref name="baselineY"/>.</summary>
    void DrawLine(double x, double baselineY, IReadOnlyList<PlacedText> texts, double lineTop, double lineHeight);

    void DrawRule(double x1, double y1, double x2, double y2, double thickness, int color);
}
