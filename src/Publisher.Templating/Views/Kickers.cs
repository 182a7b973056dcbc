namespace Publisher.Templating.Views;

/// <summary>When an article's kicker is worth printing above it.</summary>
public static class Kickers
{
    /// <summary>
    /// Whether <paramref name="kicker"/> only says <paramref name="sectionTitle"/> again (case and surrounding spaces
    /// aside): under a section "Sport", a kicker "Sport" is left out (or the section line is, where the kicker stands).
    /// </summary>
    public static bool Repeat(string? kicker, string sectionTitle) =>
        kicker is not null && kicker.AsSpan().Trim().Equals(sectionTitle.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);
}
