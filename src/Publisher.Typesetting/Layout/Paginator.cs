using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Layout;

/// <summary>
/// Places flowables into the columns of successive pages. Asks each flowable how much fits, keeps
/// chains of keep-with-next flowables (kicker, headline, teaser …) together with the first lines of
/// what follows, and records where every anchor, bookmark and section landed. A flowable that keeps
/// with the previous one and was carried to a new column moves the break up (<see cref="MovedBreak"/>):
/// the layout is then made again with that break, until none moves.
/// </summary>
public sealed partial class Paginator(TypesettingStyle style)
{
    private readonly double _top = style.Margins.Top;
    private readonly double _bottom = style.Page.Height - style.Margins.Bottom;

    public PagePlan Paginate(IReadOnlyList<Flowable> flows)
    {
        var breaks = new Dictionary<(int Flow, int Line), string>();
        while (true)
        {
            var plan = Paginate(flows, breaks);
            if (MovedBreak(flows, plan, breaks) is not { } moved) return plan;
            breaks.Add((moved.Flow, moved.Line), moved.Reason);
        }
    }

    /// <param name="breaks">Where a column must end (a flowable's line; line 0: before it) unless it starts there, and why.</param>
    private PagePlan Paginate(IReadOnlyList<Flowable> flows, Dictionary<(int Flow, int Line), string> breaks)
    {
        var plan = new PagePlan();
        var page = NewPage(plan, null);
        var column = 0;
        var y = _top;
        var atTop = true;
        var pageEmpty = true;
        string? section = null;

        var index = 0;
        var line = 0;
        while (index < flows.Count)
        {
            var flow = flows[index];
            if (flow is PageBreakFlow)
            {
                if (!pageEmpty) NextPage();
                index++;
                continue;
            }
            if (!atTop && breaks.TryGetValue((index, line), out var why))
            {
                plan.Decisions.Add($"flow {index} to next column: {why}");
                NextColumn();
                continue;
            }
            var available = _bottom - y;
            var plan1 = flow.Measure(line, available, atTop);
            if (plan1.Fit != SpaceFit.DoesNotFit && flow is TextFlow text && BreakWithin(breaks, index, line, line + plan1.Lines) is { } stop)
                plan1 = SpacePlan.PartialRender(text.SliceHeight(line, stop.Line, atTop), stop.Line - line, stop.Reason);
            if (plan1.Fit == SpaceFit.Fits && flow.KeepWithNext && !atTop && line == 0 && !ChainFits(flows, index, available, out var reason))
            {
                plan.Decisions.Add($"flow {index} to next column: keep with next ({reason})");
                NextColumn();
                continue;
            }
            switch (plan1.Fit)
            {
                case SpaceFit.Fits:
                    Place(flow, index, line, flow.LineCount, plan1.Height);
                    index++;
                    line = 0;
                    break;
                case SpaceFit.PartlyFits:
                    Place(flow, index, line, line + plan1.Lines, plan1.Height);
                    plan.Decisions.Add($"flow {index} split after line {line + plan1.Lines}: {plan1.Reason}");
                    line += plan1.Lines;
                    NextColumn();
                    break;
                default:
                    plan.Decisions.Add($"flow {index} to next column: {plan1.Reason}");
                    NextColumn();
                    break;
            }
        }
        return plan;

        void Place(Flowable flow, int flowIndex, int from, int to, double height)
        {
            var x = style.Margins.Left + column * (style.ColumnWidth + style.ColumnGap);
            page.Placements.Add(new Placement(flowIndex, from, to, x, y, style.ColumnWidth, atTop));
            if (from == 0)
            {
                var attributes = flow.Attributes;
                var anchor = new AnchorPosition(plan.Pages.Count, y);
                if (attributes.Id is { } id) plan.Anchors.TryAdd(id, anchor);
                foreach (var inlineId in attributes.InlineIds ?? []) plan.Anchors.TryAdd(inlineId, anchor);
                if (attributes.Bookmark is { } bookmark) plan.Bookmarks.Add(new BookmarkPlacement(bookmark, anchor));
                if (attributes.Section is { } name)
                {
                    if (!page.SectionStartsHere) page.Section = name;
                    page.SectionStartsHere = true;
                    section = name;
                }
            }
            foreach (var (id, offset) in flow.AnchorsIn(from, to, atTop))
                plan.Anchors.TryAdd(id, new AnchorPosition(plan.Pages.Count, y + offset));
            y += height;
            atTop = false;
            pageEmpty = false;
        }

        void NextColumn()
        {
            if (++column >= style.Columns) NextPage();
            else
            {
                y = _top;
                atTop = true;
            }
        }

        void NextPage()
        {
            page = NewPage(plan, section);
            column = 0;
            y = _top;
            atTop = true;
            pageEmpty = true;
        }
    }

    private static PageContent NewPage(PagePlan plan, string? section)
    {
        var page = new PageContent { Section = section };
        plan.Pages.Add(page);
        return page;
    }

    /// <summary>Whether flows[index] and the keep-with-next chain after it fit, ending with at least a partial next flowable.</summary>
    private static bool ChainFits(IReadOnlyList<Flowable> flows, int index, double available, out string reason)
    {
        for (var j = index; j < flows.Count; j++)
        {
            var flow = flows[j];
            if (flow is PageBreakFlow) break;
            var fit = flow.Measure(0, available, false);
            if (fit.Fit != SpaceFit.Fits)
            {
                reason = $"flow {j} {(fit.Fit == SpaceFit.PartlyFits ? "starts" : "does not fit")}: {fit.Reason}";
                return j > index && fit.Fit == SpaceFit.PartlyFits && !flow.KeepWithNext;
            }
            available -= fit.Height;
            if (!flow.KeepWithNext) break;
        }
        reason = "";
        return true;
    }
}
