using Publisher.Typesetting.LineBreaking;

namespace Publisher.Typesetting.Layout;

/// <summary>
/// Set lines of a paragraph, heading, list item or TOC entry. Honours orphans (the first lines
/// left at a column's foot), widows (the last lines carried to the next), keep-together, and
/// drops its space before at the top of a column. A column does not end with a line that ends inside a word
/// (<see cref="LineBox.EndsInWord"/>, TeX's \brokenpenalty): the split moves up to the nearest line that ends a word,
/// when orphans still hold; if none does, the split stays.
/// </summary>
public sealed record TextFlow : Flowable
{
    public required IReadOnlyList<LineBox> Lines { get; init; }
    public double SpaceBefore { get; init; }
    public double SpaceAfter { get; init; }
    public double IndentLeft { get; init; }
    /// <summary>The width the lines were set for, from <see cref="IndentLeft"/>: a right-to-left list item's marker stands right of it.</summary>
    public double LineWidth { get; init; }
    public bool KeepTogether { get; init; }
    public int Orphans { get; init; } = 2;
    public int Widows { get; init; } = 2;
    /// <summary>Drawn beside the first line (list bullet or number; left of it, right of it right to left), X relative to the indent.</summary>
    public PlacedText? Marker { get; init; }
    /// <summary>The marker's structure element (a list item's Lbl).</summary>
    public StructureNode? MarkerNode { get; init; }
    /// <summary>A vertical rule beside the text (block quotes; left of it, right of it right to left): offset from the indent, colour.</summary>
    public (double Offset, int Color)? Rule { get; init; }

    public override int LineCount => Lines.Count;

    public override IEnumerable<string> LineTexts => Lines.Select(line => line.PlainText);

    public override SpacePlan Measure(int fromLine, double availableHeight, bool atColumnTop)
    {
        var before = fromLine == 0 && !atColumnTop ? SpaceBefore : 0;
        var remaining = Lines.Count - fromLine;
        var height = before;
        var fitting = 0;
        while (fitting < remaining && height + Lines[fromLine + fitting].Height <= availableHeight + 0.001)
            height += Lines[fromLine + fitting++].Height;
        if (fitting == remaining)
            return SpacePlan.FullRender(Math.Min(availableHeight, height + SpaceAfter), fitting);
        if (KeepTogether && !atColumnTop)
            return SpacePlan.Wrap($"kept together: {remaining} lines, only {fitting} fit");
        var taken = fitting;
        if (remaining - taken < Widows) taken = remaining - Widows;
        var minimum = fromLine == 0 ? Orphans : 1;
        if (taken < minimum || taken <= 0)
        {
            if (!atColumnTop)
                return SpacePlan.Wrap(fitting == 0
                    ? $"no room for a line: {availableHeight:0.#}pt left, line needs {Lines[fromLine].Height:0.#}pt"
                    : $"widow/orphan control: {fitting} of {remaining} lines fit, would leave {taken} here");
            taken = Math.Max(1, fitting);
        }
        else if (WholeWordSplit(fromLine, fromLine + taken, minimum) - fromLine is var whole && whole < taken)
            return SpacePlan.PartialRender(SliceHeight(fromLine, fromLine + whole, atColumnTop), whole,
                $"{whole} of {remaining} lines fit (line {fromLine + taken} ends inside a word)");
        return SpacePlan.PartialRender(SliceHeight(fromLine, fromLine + taken, atColumnTop), taken, $"{taken} of {remaining} lines fit");
    }

    /// <summary>The height of lines [fromLine, toLine) placed as one slice (with the space before the first line where it is kept).</summary>
    public double SliceHeight(int fromLine, int toLine, bool atColumnTop)
    {
        var height = fromLine == 0 && !atColumnTop ? SpaceBefore : 0;
        for (var i = fromLine; i < toLine; i++) height += Lines[i].Height;
        return height;
    }

    /// <summary>
    /// Where to end the slice [fromLine, toLine) so that at least <paramref name="carried"/> of its last lines go to the
    /// next column (with what follows): orphans kept, and lines before the split that end inside a word go along too
    /// when orphans allow. Null when the slice cannot give up that many lines (kept together, or too short).
    /// </summary>
    public int? CarryPoint(int fromLine, int toLine, int carried)
    {
        if (KeepTogether) return null;
        var minimum = fromLine == 0 ? Orphans : 1;
        var split = toLine - carried;
        if (split - fromLine < Math.Max(1, minimum)) return null;
        return WholeWordSplit(fromLine, split, minimum);
    }

    /// <summary>
    /// A split before line <paramref name="split"/> moved up past the lines that end inside a word, as long as
    /// <paramref name="minimum"/> lines (at least one) stay before it; unmoved when every line it could move to ends inside a word.
    /// </summary>
    private int WholeWordSplit(int fromLine, int split, int minimum)
    {
        for (var candidate = split; candidate - fromLine >= Math.Max(1, minimum); candidate--)
        {
            if (!Lines[candidate - 1].EndsInWord) return candidate;
        }
        return split;
    }

    public override void Draw(IPageCanvas canvas, double x, double y, int fromLine, int toLine, bool atColumnTop)
    {
        var top = y + (fromLine == 0 && !atColumnTop ? SpaceBefore : 0);
        var sliceTop = top;
        for (var i = fromLine; i < toLine; i++)
        {
            var line = Lines[i];
            var baseline = top + line.Baseline;
            if (i == 0 && Marker is { } marker)
            {
                canvas.Tag(MarkerNode); // the Lbl before the LBody's text
                canvas.DrawText(x + IndentLeft + marker.X, baseline, marker, top, line.Height);
            }
            if (i == fromLine) canvas.Tag(Node);
            canvas.DrawLine(x + IndentLeft, baseline, line.Texts, top, line.Height);
            if (line.Continuation is { } mark)
            {
                foreach (var (x1, y1, x2, y2) in mark.Strokes(x + IndentLeft, baseline))
                    canvas.DrawRule(x1, y1, x2, y2, mark.Thickness, ContinuationMark.Color);
            }
            top += line.Height;
        }
        if (Rule is { } rule)
            canvas.DrawRule(x + IndentLeft + rule.Offset, sliceTop + 2, x + IndentLeft + rule.Offset, top - 2, 1.2, rule.Color);
    }
}
