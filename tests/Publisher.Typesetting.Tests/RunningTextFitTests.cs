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
        Assert.Equal(new RunningText("Stadtbote · Woche…", Right: "Stadtentwicklung und…"), fitted);
        var shortLeft = RunningTextFit.Fit(new RunningText("Stadtbote", Right: "Stadtentwicklung und Wohnungsbau in Berlin-Brandenburg"), 50, 2, Measure);
        Assert.Equal("Stadtbote", shortLeft.Left);
        Assert.Equal("Stadtentwicklung und Wohnungsbau in…", shortLeft.Right); // 39 of the rest
    }
}
