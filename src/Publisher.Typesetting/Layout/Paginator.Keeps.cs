using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Layout;

public sealed partial class Paginator
{
    /// <summary>A column break moved up: the column ends before <see cref="Line"/> of flowable <see cref="Flow"/>.</summary>
    private readonly record struct MovedColumnBreak(int Flow, int Line, string Reason);

    /// <summary>The first break set for flowable <paramref name="index"/> after line <paramref name="from"/> and before line <paramref name="to"/>.</summary>
    private static MovedColumnBreak? BreakWithin(Dictionary<(int Flow, int Line), string> breaks, int index, int from, int to)
    {
        MovedColumnBreak? first = null;
        foreach (var ((flow, line), reason) in breaks)
        {
            if (flow == index && line > from && line < to && (first is null || line < first.Value.Line))
                first = new MovedColumnBreak(flow, line, reason);
        }
        return first;
    }

    /// <summary>
    /// The first column break that falls right before a flowable that keeps with the previous one (a list's short last or
    /// first item), moved up: to the last <see cref="TypesettingStyle.Widows"/> lines of the flowable before when it can
    /// give them up (<see cref="TextFlow.CarryPoint"/>), else before it, and then before the keep-with-next chain that
    /// leads to it. Null when no break needs moving, or none can move: a flowable that starts its column (or goes on from
    /// the one before) is not moved whole, and a column is never left less than half full.
    /// </summary>
    private MovedColumnBreak? MovedBreak(IReadOnlyList<Flowable> flows, PagePlan plan,
        Dictionary<(int Flow, int Line), string> breaks)
    {
        var placed = new List<(int Page, Placement Slice)>();
        for (var page = 0; page < plan.Pages.Count; page++)
            placed.AddRange(plan.Pages[page].Placements.Select(slice => (page, slice)));
        for (var i = 1; i < placed.Count; i++)
        {
            var slice = placed[i].Slice;
            if (slice is not { FromLine: 0, AtColumnTop: true } || !flows[slice.Flow].KeepWithPrevious) continue;
            var before = placed[i - 1].Slice;
            if (before.Flow != slice.Flow - 1 || before.ToLine != flows[before.Flow].LineCount) continue;
            if (MoveUp(flows, placed, i - 1) is { } moved && !breaks.ContainsKey((moved.Flow, moved.Line))) return moved;
        }
        return null;
    }

    /// <summary>Where the column that ends with placed[<paramref name="last"/>] must end instead, or null (see <see cref="MovedBreak"/>).</summary>
    private MovedColumnBreak? MoveUp(IReadOnlyList<Flowable> flows, List<(int Page, Placement Slice)> placed, int last)
    {
        var halfColumn = _top + (_bottom - _top) / 2;
        var reason = $"keeps flow {placed[last + 1].Slice.Flow} company";
        for (var i = last; i >= 0; i--)
        {
            var (page, slice) = placed[i];
            var flow = flows[slice.Flow];
            // Kept by the flowable after it alone, its last lines may go and the rest stay; kept with the next, all of it goes.
            if (!flow.KeepWithNext && flow is TextFlow text && text.CarryPoint(slice.FromLine, slice.ToLine, style.Widows) is { } split)
            {
                return slice.Y + text.SliceHeight(slice.FromLine, split, slice.AtColumnTop) >= halfColumn - 0.001
                    ? new MovedColumnBreak(slice.Flow, split, reason)
                    : null;
            }
            if (slice.FromLine > 0 || slice.AtColumnTop || slice.Y < halfColumn - 0.001) return null;
            var previous = i > 0 ? placed[i - 1] : default;
            var chained = i > 0 && previous.Page == page && previous.Slice.X == slice.X && previous.Slice.Flow == slice.Flow - 1
                          && (flow.KeepWithPrevious || flows[previous.Slice.Flow].KeepWithNext);
            if (!chained) return new MovedColumnBreak(slice.Flow, 0, reason);
        }
        return null;
    }
}
