namespace Publisher.Typesetting.Layout;

/// <summary>Vertical space; vanishes at the top of a column and is cut at its foot.</summary>
public sealed record SpacerFlow(double Height) : Flowable
{
    public override int LineCount => 1;

    public override SpacePlan Measure(int fromLine, double availableHeight, bool atColumnTop) =>
        SpacePlan.FullRender(atColumnTop ? 0 : Math.Min(Height, Math.Max(0, availableHeight)), 1);

    public override void Draw(IPageCanvas canvas, double x, double y, int fromLine, int toLine, bool atColumnTop)
    {
    }
}

/// <summary>Asks the paginator for a new page.</summary>
public sealed record PageBreakFlow : Flowable
{
    public override int LineCount => 1;

    public override SpacePlan Measure(int fromLine, double availableHeight, bool atColumnTop) =>
        SpacePlan.Wrap("page break requested");

    public override void Draw(IPageCanvas canvas, double x, double y, int fromLine, int toLine, bool atColumnTop)
    {
    }
}
