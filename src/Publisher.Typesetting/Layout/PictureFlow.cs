using Publisher.Typesetting.Document;

namespace Publisher.Typesetting.Layout;

/// <summary>
/// A picture laid out at its size (<see cref="Composer"/> scales it): never split, so it fits whole or moves whole to
/// the next column. At a column's top it is placed whatever it measures: the composer never makes it taller than a share
/// of the body, so it always fits there, and a flow must be placeable somewhere. Its caption follows as a text flow it
/// keeps with.
/// </summary>
public sealed record PictureFlow : Flowable
{
    public required string Source { get; init; }
    public required PictureImage Image { get; init; }
    /// <summary>The picture's box in points: left edge from the column's, width and height.</summary>
    public double Left { get; init; }
    public double Width { get; init; }
    public double Height { get; init; }
    public double SpaceBefore { get; init; }
    public double SpaceAfter { get; init; }

    public override int LineCount => 1;

    public override IEnumerable<string> LineTexts => [$"[picture {Source} {Width:0.#}×{Height:0.#}pt]"];

    public override SpacePlan Measure(int fromLine, double availableHeight, bool atColumnTop)
    {
        var before = atColumnTop ? 0 : SpaceBefore;
        if (before + Height <= availableHeight + 0.001 || atColumnTop)
            return SpacePlan.FullRender(Math.Min(availableHeight, before + Height + SpaceAfter), 1);
        return SpacePlan.Wrap($"picture {Height:0.#}pt high, {availableHeight - before:0.#}pt left: moves whole to the next column");
    }

    public override void Draw(IPageCanvas canvas, double x, double y, int fromLine, int toLine, bool atColumnTop)
    {
        canvas.Tag(Node);
        canvas.DrawImage(Source, Image, x + Left, y + (atColumnTop ? 0 : SpaceBefore), Width, Height);
    }
}
