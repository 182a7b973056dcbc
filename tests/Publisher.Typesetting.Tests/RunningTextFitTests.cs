using Publisher.Typesetting.Rendering;

namespace Publisher.Typesetting.Tests;

public sealed class RunningTextFitTests
{
    /// <summary>One unit a character, so room is counted in characters.</summary>
    private static double Measure(string text) => text.Length;

    [Theory]
    [InlineData("Stadtbote Berlin", 20, "Stadtbote Berlin")]
    [InlineData("Stadtbote Berlin – Nachrichten", 20, "Stadtbote Berlin…")] // after a whole word, the dash left off
    [InlineData("Stadtentwicklungsplanung", 10, "Stadtentw…")] // no whole word fits: cut within it
    [InlineData("Stadtbote", 0.5, "")] // not even "…"
    [InlineData("Mu\u0308ller Straße", 3, "M…")] // never a letter without its mark ("Mu…")
    public void A_text_too_long_is_cut_after_its_last_whole_word_that_fits(string text, double room, string expected) =>
        Assert.Equal(expected, RunningTextFit.Shorten(text, room, Measure));

    [Fact]
    public void Left_and_right_share_the_line_the_shorter_keeping_what_it_needs()
    {
        var fitted = RunningTextFit.Fit(new RunningText("Stadtbote · Woche 46/2026", Right: "Stadtentwicklung und Wohnungsbau in Berlin"), 50, 2, Measure);
        // 25 and 42 of the 48 beside the gap: both more than half, so each gets half.
        Assert.Equal(new RunningText("Stadtbo… · Woche 46/2026", Right: "Stadtentwicklung und…"), fitted);
        var shortLeft = RunningTextFit.Fit(new RunningText("Stadtbote", Right: "Stadtentwicklung und Wohnungsbau in Berlin-Brandenburg"), 50, 2, Measure);
        Assert.Equal("Stadtbote", shortLeft.Left);
        Assert.Equal("Stadtentwicklung und Wohnungsbau in…", shortLeft.Right); // 39 of the rest
    }

    [Theory]
    [InlineData("Stadtbote Berlin – Nachrichten aus Berlin · Woche 46/2026", 47, "Stadtbote Berlin – Nachrichten… · Woche 46/2026")]
    [InlineData("Stadtbote Berlin – Nachrichten aus Berlin · Woche 46/2026", 58, "Stadtbote Berlin – Nachrichten aus Berlin · Woche 46/2026")]
    [InlineData("Stadtbote Berlin – Nachrichten aus Berlin · Woche 46/2026", 20, "Sta… · Woche 46/2026")] // a word cut only when no whole one fits
    [InlineData("Stadtbote Berlin – Nachrichten aus Berlin · Woche 46/2026", 16, "Woche 46/2026")] // not even "…" of the site fits
    [InlineData("Stadtbote Berlin – Nachrichten aus Berlin · Woche 46/2026", 10, "Woche…")] // the week alone does not fit
    public void The_left_text_keeps_its_last_part_the_week_whole_and_shortens_the_site_first(string left, double width, string expected)
    {
        Assert.Equal(expected, RunningTextFit.Fit(new RunningText(left), width, 2, Measure).Left);
        // Beside a right text: the left's share is cut the same way; the right text is cut as before.
        var shared = RunningTextFit.Fit(new RunningText(left, Right: "Wissenschaft und Forschung in Berlin"), 60, 2, Measure);
        Assert.Equal(new RunningText("Stadtbote… · Woche 46/2026", Right: "Wissenschaft und Forschung…"), shared);
    }
}
