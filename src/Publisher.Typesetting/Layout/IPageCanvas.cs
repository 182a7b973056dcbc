using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Layout;

/// <summary>What flowables draw on; coordinates in points from the page's top-left corner.</summary>
public interface IPageCanvas
{
    /// <summary>Draws a piece with its baseline at <paramref name="baselineY"/>; links become clickable areas.</summary>
    void DrawText(double x, double baselineY, PlacedText text, double lineTop, double lineHeight);

    void DrawRule(double x1, double y1, double x2, double y2, double thickness, int color);
}
