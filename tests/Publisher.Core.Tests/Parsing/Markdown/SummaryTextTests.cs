using Publisher.Core.Parsing.Markdown;

namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>A summary's Markdown is read and left out at parse time: every output gets its words as plain text.</summary>
public class SummaryTextTests
{
    [Theory]
    [InlineData("\"Why *every* level… `h7`\"", "Why every level… h7")]
    [InlineData("\"Press <kbd>Ctrl</kbd> and **then** _Enter_\"", "Press Ctrl and then Enter")]
    [InlineData("\"See [the map](https://maps.example/) &amp; ~~old~~ new\"", "See the map & old new")]
    [InlineData("\"Tom &amp; Jerry&#33; &copy; 2026\"", "Tom & Jerry! © 2026")]
    [InlineData("\"Escaped \\\\*stars\\\\* stay\"", "Escaped *stars* stay")]
    [InlineData("\"<p>A paragraph</p><p>and another</p>\"", "A paragraph and another")]
    public void Inline_markdown_becomes_plain_text(string written, string teaser)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse($"---\ntitle: T\ndate: 2026-11-10\nsummary: {written}\n---\nx")!;
        Assert.Equal(teaser, article.Teaser);
        Assert.Empty(harness.Messages);
    }

    [Theory]
    [InlineData("1. FC Union gewinnt")]
    [InlineData("1) Erstens")]
    [InlineData("# 1 in Berlin")]
    [InlineData("#Hashtag der Woche")]
    [InlineData("- Minus zwei Grad")]
    [InlineData("+ 5 Prozent")]
    [InlineData("> Zitat des Tages")]
    [InlineData("---")]
    [InlineData("* * *")]
    [InlineData("~~~ Wellen")]
    [InlineData("``` drei")]
    [InlineData("[Anzeige]: Text")]
    [InlineData("2026 wird gut")]
    [InlineData("Plain text, nothing to read")]
    public void A_summary_that_starts_like_a_block_is_kept_as_written(string written)
    {
        var harness = new MarkdownHarness { SmartPunctuation = false }; // "---" is an em dash otherwise (SmartPunctuationTests)
        var article = harness.Parse($"---\ntitle: T\ndate: 2026-11-10\nsummary: '{written}'\n---\nx")!;
        Assert.Equal(written, article.Teaser);
        Assert.Empty(harness.Messages);
    }

    [Theory]
    [InlineData("*emphasis at the start*", "*emphasis at the start*")]
    [InlineData("``code`` first", "``code`` first")]
    [InlineData("[Mehr](https://x.example/) dazu", "[Mehr](https://x.example/) dazu")]
    public void Markup_at_the_start_is_still_read_as_markup(string written, string paragraph)
    {
        Assert.Equal(paragraph, SummaryText.AsOneParagraph(written));
        var article = new MarkdownHarness().Parse($"---\ntitle: T\ndate: 2026-11-10\nsummary: '{written}'\n---\nx")!;
        Assert.DoesNotContain("*", article.Teaser);
        Assert.DoesNotContain("`", article.Teaser);
        Assert.DoesNotContain("](", article.Teaser);
    }

    [Fact]
    public void A_problem_in_the_summary_is_reported_on_its_line()
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse("---\ntitle: T\ndate: 2026-11-10\nsummary: \"Look ![a chart](c.png) here\"\n---\nx")!;
        Assert.Equal("Look a chart here", article.Teaser);
        Assert.Equal(["post.md:4: warning: " + Publisher.Core.Parsing.Html.HtmlFragmentConverter.ImageWarning], harness.Messages);
    }

    [Fact]
    public void A_script_in_a_summary_is_removed_with_its_text_as_in_a_body()
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse("---\ntitle: T\ndate: 2026-11-10\nsummary: \"<script>alert(1)</script>Nothing <b>bold</b> runs\"\n---\nx")!;
        Assert.Equal("Nothing bold runs", article.Teaser);
        Assert.StartsWith("post.md:4: warning: removed unsafe HTML element <script>", Assert.Single(harness.Messages));
    }

    [Fact]
    public void A_summary_of_markup_only_is_no_summary()
    {
        var harness = new MarkdownHarness();
        Assert.Null(harness.Parse("---\ntitle: T\ndate: 2026-11-10\nsummary: \"<script>x()</script>\"\n---\nx")!.Teaser);
    }
}
