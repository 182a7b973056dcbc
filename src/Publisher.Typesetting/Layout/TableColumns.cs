namespace Publisher.Typesetting.Layout;

/// <summary>
/// What one column of a table needs, padding included: <see cref="Hard"/> is the narrowest width the
/// line breaker can fill (a letter and a hyphen), <see cref="Min"/> its widest unbreakable word,
/// <see cref="Max"/> its widest cell set on one line.
/// </summary>
internal readonly record struct ColumnExtent(double Hard, double Min, double Max);

/// <summary>
/// Column widths the way a browser's automatic table layout finds them: every column at its
/// max-content width when they all fit (the table is then narrower than the frame); else each at its
/// min-content width plus a share of the width left over in proportion to how much more it wants
/// (max − min), so short columns keep their lines. When even the min-content widths do not fit (a
/// browser would let the table overflow), the widest columns give way: no column is narrower than
/// another's width unless its own words are narrower, so only the columns with too-long words break
/// them (at hyphenation points, else between letters). The caller makes sure the hard minimums fit.
/// </summary>
internal static class TableColumns
{
    public static double[] Widths(IReadOnlyList<ColumnExtent> columns, double available)
    {
        var max = columns.Select(c => c.Max).ToArray();
        if (max.Sum() <= available) return max;
        var min = columns.Select(c => c.Min).ToArray();
        return min.Sum() <= available ? Share(min, max, available) : Capped(columns, available);
    }

    /// <summary><paramref name="lower"/> plus the rest of <paramref name="available"/>, shared in proportion to upper − lower.</summary>
    private static double[] Share(double[] lower, double[] upper, double available)
    {
        var extra = Math.Max(0, available - lower.Sum());
        var wanted = 0.0;
        for (var i = 0; i < lower.Length; i++) wanted += upper[i] - lower[i];
        var widths = new double[lower.Length];
        for (var i = 0; i < lower.Length; i++)
            widths[i] = lower[i] + (wanted > 0 ? extra * (upper[i] - lower[i]) / wanted : extra / lower.Length);
        return widths;
    }

    /// <summary>
    /// Each column at its min-content width capped at one common width (never below its hard minimum),
    /// the cap as large as the frame allows; found by bisection, since the total grows with the cap.
    /// </summary>
    private static double[] Capped(IReadOnlyList<ColumnExtent> columns, double available)
    {
        double low = 0, high = columns.Max(c => c.Min);
        for (var step = 0; step < 60; step++)
        {
            var cap = (low + high) / 2;
            if (Total(columns, cap) <= available) low = cap;
            else high = cap;
        }
        return columns.Select(c => Math.Clamp(low, c.Hard, c.Min)).ToArray();
    }

    private static double Total(IReadOnlyList<ColumnExtent> columns, double cap) => columns.Sum(c => Math.Clamp(cap, c.Hard, c.Min));
}
