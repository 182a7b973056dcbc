using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Layout;

/// <summary>A rule under a table row: thickness in points, colour 0xRRGGBB.</summary>
public readonly record struct TableRule(double Thickness, int Color);

/// <summary>
/// A cell's set lines; <see cref="X"/> is where its text column starts, from the table's left edge, and <see cref="Y"/>
/// where its row starts, from the top of the row box (not 0 for a cell in a later row of rows held together).
/// </summary>
public sealed record TableCellBox(double X, IReadOnlyList<LineBox> Lines, double Y = 0)
{
    /// <summary>The cell's structure element (TD or TH), the same in every band of a row cut into bands.</summary>
    public StructureNode? Node { get; init; }
}

/// <summary>A rule inside a row box, under a row of rows held together: from <see cref="Left"/> to <see cref="Right"/> at <see cref="Y"/>.</summary>
public readonly record struct TableRuleSegment(double Left, double Right, double Y, TableRule Rule);

/// <summary>
/// A row as drawn, or rows a cell spans, held together: its cells, its height with the cell padding,
/// the rule below it and the <see cref="InnerRules"/> between held rows. A row taller than a frame is
/// cut into bands (rows of their own, each with some of every cell's lines); only the last band has
/// the rule. <see cref="Ids"/> (the row's anchors) are on its first band only.
/// </summary>
public sealed record TableRowBox(IReadOnlyList<TableCellBox> Cells, double Height, TableRule? RuleBelow, IReadOnlyList<string>? Ids = null)
{
    public IReadOnlyList<TableRuleSegment> InnerRules { get; init; } = [];

    /// <summary>The cells' text, separated by " | ".</summary>
    public string PlainText => string.Join(" | ", Cells.Select(cell => string.Join(" ", cell.Lines.Select(line => line.PlainText))));
}

/// <summary>
/// A table laid out for a column. Its "lines" (the units the paginator counts) are the body rows, which
/// are never split; the header rows are drawn above every slice, so they stand again at the top of each
/// page or column the table continues on. Rows were cut at composition so that each fits a frame below
/// the header; a slice at a column's top therefore always takes at least one.
/// </summary>
public sealed record TableFlow : Flowable
{
    public required IReadOnlyList<TableRowBox> Header { get; init; }
    public required IReadOnlyList<TableRowBox> Rows { get; init; }
    /// <summary>The sum of the column widths: the rules' length.</summary>
    public double Width { get; init; }
    /// <summary>Space between a row's top and its cells' first lines (and, below, their last).</summary>
    public double CellPadding { get; init; }
    public double SpaceBefore { get; init; }
    public double SpaceAfter { get; init; }
    public double IndentLeft { get; init; }

    public double HeaderHeight => Header.Sum(row => row.Height);

    public override int LineCount => Rows.Count;

    public override IEnumerable<string> LineTexts => Rows.Select(row => row.PlainText);

    public override SpacePlan Measure(int fromLine, double availableHeight, bool atColumnTop)
    {
        var height = (fromLine == 0 && !atColumnTop ? SpaceBefore : 0) + HeaderHeight;
        var remaining = Rows.Count - fromLine;
        var fitting = 0;
        while (fitting < remaining && height + Rows[fromLine + fitting].Height <= availableHeight + 0.001)
            height += Rows[fromLine + fitting++].Height;
        if (fitting == 0 && !atColumnTop && (remaining > 0 || height > availableHeight + 0.001))
            return SpacePlan.Wrap($"no room for the header and a row: {availableHeight:0.#}pt left");
        if (fitting == remaining)
            return SpacePlan.FullRender(Math.Min(availableHeight, height + SpaceAfter), fitting);
        if (fitting == 0) height += Rows[fromLine + fitting++].Height; // rows were cut to fit a frame: only a line taller than one gets here
        return SpacePlan.PartialRender(height, fitting, $"{fitting} of {remaining} rows fit");
    }

    public override void Draw(IPageCanvas canvas, double x, double y, int fromLine, int toLine, bool atColumnTop)
    {
        var left = x + IndentLeft;
        var top = y + (fromLine == 0 && !atColumnTop ? SpaceBefore : 0);
        // The header drawn again above a continued table is an artifact: its cells are content where first drawn.
        foreach (var row in Header) top = DrawRow(canvas, row, left, top, repeated: fromLine > 0);
        for (var i = fromLine; i < toLine; i++) top = DrawRow(canvas, Rows[i], left, top, repeated: false);
    }

    /// <summary>The ids of the rows drawn in the slice, at their rows' tops (header rows' in every slice: the first placement counts).</summary>
    public override IEnumerable<(string Id, double Offset)> AnchorsIn(int fromLine, int toLine, bool atColumnTop)
    {
        var top = fromLine == 0 && !atColumnTop ? SpaceBefore : 0;
        foreach (var row in Header.Concat(Rows.Take(toLine).Skip(fromLine)))
        {
            foreach (var id in row.Ids ?? []) yield return (id, top);
            top += row.Height;
        }
    }

    /// <summary>Draws a row with its top at <paramref name="top"/>; returns its bottom.</summary>
    private double DrawRow(IPageCanvas canvas, TableRowBox row, double left, double top, bool repeated)
    {
        foreach (var cell in row.Cells)
        {
            canvas.Tag(repeated ? null : cell.Node);
            var lineTop = top + cell.Y + CellPadding;
            foreach (var line in cell.Lines)
            {
                canvas.DrawLine(left + cell.X, lineTop + line.Baseline, line.Texts, lineTop, line.Height);
                lineTop += line.Height;
            }
        }
        foreach (var inner in row.InnerRules)
            canvas.DrawRule(left + inner.Left, top + inner.Y, left + inner.Right, top + inner.Y, inner.Rule.Thickness, inner.Rule.Color);
        var bottom = top + row.Height;
        if (row.RuleBelow is { } rule) canvas.DrawRule(left, bottom, left + Width, bottom, rule.Thickness, rule.Color);
        return bottom;
    }
}
