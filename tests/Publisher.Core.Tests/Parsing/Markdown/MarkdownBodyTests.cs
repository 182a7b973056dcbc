using Publisher.Core.Model;
using Publisher.Core.Parsing;

namespace Publisher.Core.Tests.Parsing.Markdown;

public class MarkdownBodyTests
{
    private const string Head = "---\ntitle: T\ndate: 2026-11-10\n---\n";

    private static (Article Article, IReadOnlyList<string> Messages) Parse(string body)
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse(Head + body) ?? throw new InvalidOperationException(string.Join("\n", harness.Messages));
        return (article, harness.Messages);
    }

    [Fact]
    public void Script_elements_are_removed_with_a_warning_on_their_line()
    {
        var (article, messages) = Parse("Eins.\n\n<script>alert('x')</script>\n\nZwei.");
        Assert.Equal(["Eins.", "Zwei."], article.Body.Cast<Paragraph>().Select(p => InlineText.Plain(p.Inlines)));
        Assert.Contains("post.md:7: warning: removed unsafe HTML element <script>", messages);
    }

    [Fact]
    public void Inline_html_is_mapped_onto_the_model_and_event_handlers_are_dropped()
    {
        var (article, messages) = Parse("Ein <em onclick=\"steal()\">betontes</em> und <b>starkes</b> Wort.");
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(article.Body));
        Assert.Contains(paragraph.Inlines, i => i is Emphasis { Kind: EmphasisKind.Emphasis } e && InlineText.Plain(e.Content) == "betontes");
        Assert.Contains(paragraph.Inlines, i => i is Emphasis { Kind: EmphasisKind.Strong });
        Assert.Equal("Ein betontes und starkes Wort.", InlineText.Plain(paragraph.Inlines));
        Assert.Contains(messages, m => m.Contains("removed unsafe HTML attribute 'onclick'"));
    }

    [Theory]
    [InlineData("[klick](javascript:alert(1))")]
    [InlineData("[klick](JaVaScRiPt:alert(1))")]
    [InlineData("[klick](data:text/html,<b>x</b>)")]
    [InlineData("<a href=\"javascript:alert(1)\">klick</a>")]
    public void Unsafe_link_targets_lose_the_link_but_keep_the_text(string markdown)
    {
        var (article, messages) = Parse(markdown);
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(article.Body));
        Assert.DoesNotContain(paragraph.Inlines, i => i is LinkInline);
        Assert.Equal("klick", InlineText.Plain(paragraph.Inlines));
        Assert.NotEmpty(messages);
        Assert.Empty(article.Links);
    }

    [Fact]
    public void Links_are_absolute_and_numbered_in_order_of_first_use()
    {
        var (article, _) = Parse("[a](/wohnen/) und [b](https://ex.org/x) und [c](/wohnen/)\n\n<https://auto.example/>");
        Assert.Equal(3, article.Links.Length);
        Assert.Equal(new Uri("https://site.example/wohnen/"), article.Links[0].Url);
        Assert.Equal(["a", "c"], article.Links[0].Anchors.ToArray());
        Assert.Equal(2, article.Links[1].Number);
        Assert.Equal("https://auto.example/", article.Links[2].Url!.AbsoluteUri);
        var first = (Paragraph)article.Body[0];
        Assert.Equal([1, 2, 1], first.Inlines.OfType<LinkInline>().Select(l => l.Reference!.Value));
    }

    [Fact]
    public void Headings_quotes_and_nested_lists_keep_their_structure()
    {
        var (article, _) = Parse("# Eins\n\n## Zwei\n\n> Zitat\n>\n> - im Zitat\n\n1. a\n   - a1\n2. b\n");
        Assert.Collection(article.Body,
            b => Assert.Equal("Eins", Assert.IsType<Subhead>(b).Text),
            b => Assert.Equal("Zwei", Assert.IsType<Subhead>(b).Text),
            b => Assert.IsType<ListBlock>(Assert.IsType<Quote>(b).Blocks[1]),
            b =>
            {
                var list = Assert.IsType<ListBlock>(b);
                Assert.True(list.Ordered);
                Assert.Equal(2, list.Items.Length);
                Assert.False(Assert.IsType<ListBlock>(list.Items[0].Blocks[1]).Ordered);
            });
    }

    [Fact]
    public void Code_keeps_its_lines_and_images_keep_their_alt_text()
    {
        var (article, messages) = Parse("```\nzeile 1\n  zeile 2\n\tzeile 3\n```\n\n![Ein Bild](bild.png)");
        var code = Assert.IsType<Paragraph>(article.Body[0]);
        Assert.Equal([typeof(TextRun), typeof(LineBreak), typeof(TextRun), typeof(LineBreak), typeof(TextRun)], code.Inlines.Select(i => i.GetType()));
        Assert.Equal(["zeile 1", "\u00A0\u00A0zeile 2", "\u00A0\u00A0\u00A0\u00A0zeile 3"], code.Inlines.OfType<TextRun>().Select(t => t.Text)); // indentation kept
        Assert.Equal("Ein Bild", InlineText.Plain(((Paragraph)article.Body[1]).Inlines));
        Assert.Contains(messages, m => m.StartsWith("post.md:11: warning: images are not carried", StringComparison.Ordinal));
    }

    [Fact]
    public void Control_characters_never_reach_the_model()
    {
        var (article, messages) = Parse("Erste Zeile.\r\n\tmit Tab.\n\nEin\u0001 Text\u0007 mit\u009F Steuerzeichen.");
        Assert.Equal("Ein Text mit Steuerzeichen.", InlineText.Plain(((Paragraph)article.Body[1]).Inlines));
        Assert.Equal(["post.md:8: warning: 3 control characters (such as U+0001) removed: no output can carry them"], messages);
    }

    [Fact]
    public void Tabs_and_line_ends_are_no_control_characters_to_report()
    {
        var (_, messages) = Parse("Eine Zeile.\r\n\tmit Tab und CRLF.\r\n");
        Assert.Empty(messages);
    }

    [Fact]
    public void A_pipe_table_keeps_each_row_as_a_paragraph_with_a_warning()
    {
        var (article, messages) = Parse("Vorher.\n\n| Bezirk | Miete |\n|--------|------:|\n| Mitte | **14,20** € |\n| Pankow | 11,80 € |\n\nNachher.");
        Assert.Equal(["Vorher.", "Bezirk · Miete", "Mitte · 14,20 €", "Pankow · 11,80 €", "Nachher."],
            article.Body.Cast<Paragraph>().Select(p => InlineText.Plain(p.Inlines)));
        Assert.Contains(((Paragraph)article.Body[2]).Inlines, i => i is Emphasis { Kind: EmphasisKind.Strong });
        Assert.Equal(["post.md:7: warning: tables are not carried into the outputs as tables; each row is kept as a paragraph, its cells separated by '·'"], messages);
    }

    [Fact]
    public void An_empty_body_gives_an_article_without_blocks()
    {
        var (article, _) = Parse("");
        Assert.Empty(article.Body);
    }
}
