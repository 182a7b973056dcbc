using Publisher.Typesetting.Fonts;

namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// Superscript and subscript on a set line. Their letters normally stay within the extent of the line's own
/// letters (Noto at 65 %: a superscript's accents end 0.35 em + 0.65 × 1.07 em = 1.05 em above the baseline,
/// below the face's ascent of 1.07 em), so the line keeps its height; only a line whose raised (lowered)
/// letters would reach beyond both its room and its other letters' ascent (descent) is made taller by the
/// difference.
/// </summary>
internal static class RaisedText
{
    /// <summary>
    /// Grows <paramref name="height"/> and moves <paramref name="baseline"/> down as far as the line's raised or
    /// lowered pieces need. Costs one test per piece on a line without them.
    /// </summary>
    public static void Fit(IReadOnlyList<PlacedText> texts, ref double height, ref double baseline)
    {
        var first = 0;
        while (first < texts.Count && texts[first].Style.Rise == 0) first++;
        if (first == texts.Count) return;
        // What the line may hold: its room above and below the baseline, or as far as its letters on the baseline reach.
        double roomAbove = baseline, roomBelow = height - baseline, above = 0, below = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var style = texts[i].Style;
            var metrics = FontMetrics.For(style.Face);
            var ascent = metrics.Ascent * style.Size / 1000 + style.Rise;
            var descent = metrics.Descent * style.Size / 1000 - style.Rise;
            if (style.Rise == 0)
            {
                roomAbove = Math.Max(roomAbove, ascent);
                roomBelow = Math.Max(roomBelow, descent);
            }
            else
            {
                above = Math.Max(above, ascent);
                below = Math.Max(below, descent);
            }
        }
        if (above > roomAbove + 0.001)
        {
            baseline += above - roomAbove;
            height += above - roomAbove;
        }
        if (below > roomBelow + 0.001) height += below - roomBelow;
    }

    /// <summary>
    /// Keeps raised text to the word it stands in: break opportunities (hyphenation points, after an explicit hyphen,
    /// in a URL) inside or at the edges of raised pieces are dropped, so "Fußnote¹" is one unit. Only the last-resort
    /// breaks between letters of a word wider than the measure stay: inside the raised text as they are, at its edges
    /// as <see cref="WordSplitter.RaisedEdgePenalty"/>, so the breaker still finds lines in any measure.
    /// </summary>
    public static List<BreakOpportunity> KeepTogether(List<PieceText> segments, List<BreakOpportunity> breaks)
    {
        var raised = new List<(int Start, int End)>();
        var offset = 0;
        foreach (var segment in segments)
        {
            if (segment.Style.Rise != 0) raised.Add((offset, offset + segment.Length));
            offset += segment.Length;
        }
        if (raised.Count == 0) return breaks;
        var kept = new List<BreakOpportunity>(breaks.Count);
        foreach (var opportunity in breaks)
        {
            // A break at o falls between characters o - 1 and o.
            var before = IsRaised(raised, opportunity.Offset - 1);
            var after = IsRaised(raised, opportunity.Offset);
            if (!before && !after) kept.Add(opportunity);
            else if (opportunity.Penalty >= Item.Emergency)
                kept.Add(before && after ? opportunity : opportunity with { Penalty = WordSplitter.RaisedEdgePenalty });
        }
        return kept;
    }

    private static bool IsRaised(List<(int Start, int End)> raised, int index)
    {
        foreach (var (start, end) in raised)
        {
            if (index >= start && index < end) return true;
        }
        return false;
    }
}
