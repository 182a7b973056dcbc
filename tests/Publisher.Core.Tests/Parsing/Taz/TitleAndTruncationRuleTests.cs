using System.Text;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Tests.Parsing.Taz;

/// <summary>Spec §4.3 (last colon outside quotes) and §5 (the 80-byte cut), rule by rule on invented titles.</summary>
public sealed class TitleAndTruncationRuleTests
{
    [Theory]
    [InlineData("Hafenstreit: Kräne bleiben stehen", "Hafenstreit", "Kräne bleiben stehen")]
    [InlineData("25 Jahre Stadtbote: Die erste Ausgabe: Ein wilder Anfang", "25 Jahre Stadtbote: Die erste Ausgabe", "Ein wilder Anfang")]
    [InlineData("Protest am Kai: „Unser Ziel: bleiben“", "Protest am Kai", "„Unser Ziel: bleiben“")]
    [InlineData("Interview with the mayor: „Leaving? I don't see it“", "Interview with the mayor", "„Leaving? I don't see it“")]
    [InlineData("The Year’s end: What’s next", "The Year’s end", "What’s next")]
    [InlineData("+++ Nachrichten vom Hafen +++: Fähre fällt aus", "+++ Nachrichten vom Hafen +++", "Fähre fällt aus")]
    [InlineData(": Mit zwanzig hat man noch Zeit?", null, "Mit zwanzig hat man noch Zeit?")]
    [InlineData("Was hier fehlt, steht im Archiv", null, "Was hier fehlt, steht im Archiv")]
    [InlineData("Streit: Meier: Nicht mit uns", "Streit: Meier", "Nicht mit uns")]
    [InlineData("«Ruhe: bitte»: Ein Abend im Lesesaal", "«Ruhe: bitte»", "Ein Abend im Lesesaal")]
    public void Title_splits_at_the_last_colon_outside_quotes(string title, string? kicker, string headline)
    {
        var split = KickerSplit.Of(title);

        Assert.Equal(kicker, split.Kicker);
        Assert.Equal(headline, split.Headline);
    }

    [Fact]
    public void A_line_of_79_bytes_before_the_ellipsis_is_truncated_and_78_is_not()
    {
        var cut = new string('a', 79) + "…";
        var shorter = new string('a', 78) + "…";

        Assert.True(TruncationRule.IsTruncated(cut));
        Assert.False(TruncationRule.IsTruncated(shorter));
        Assert.False(TruncationRule.IsTruncated(new string('a', 79)));
    }

    [Theory]
    [InlineData(75, false)]
    [InlineData(76, true)]
    [InlineData(77, true)]
    [InlineData(78, true)]
    [InlineData(79, false)]
    public void A_replacement_character_before_the_ellipsis_counts_when_76_to_78_bytes_precede_it(int bytesBefore, bool truncated)
    {
        var line = new string('a', bytesBefore) + "\uFFFD…";

        Assert.Equal(truncated, TruncationRule.IsTruncated(line));
    }

    [Fact]
    public void Cutting_inside_a_multibyte_character_leaves_a_replacement_that_is_dropped()
    {
        var original = new string('a', 77) + " „Zitat“ und mehr";
        var cut = TruncationRule.Cut(original);

        Assert.Equal(new string('a', 77) + " \uFFFD…", cut);
        Assert.True(TruncationRule.IsTruncated(cut));
        Assert.Equal(new string('a', 77) + " …", TruncationRule.DropReplacementBeforeEllipsis(cut));
    }

    [Theory]
    [InlineData("/mieten/übersicht/", "https://taz.de/mieten/%C3%BCbersicht/")]
    [InlineData("//example.org/a b", "https://example.org/a%20b")]
    [InlineData("https://example.org/!5900001", "https://example.org/!5900001")]
    [InlineData("javascript:alert(1)", "https://taz.de/javascript:alert(1)")]
    [InlineData("Seite/😀", "https://taz.de/Seite/%F0%9F%98%80")]
    public void Link_targets_become_absolute_percent_encoded_urls(string target, string url) =>
        Assert.Equal(url, LinkTarget.ToUrl(target));
}
