using Publisher.Core.Model;
using Publisher.Core.Parsing;
using static Publisher.Core.Tests.Parsing.Markdown.MarkdownHarness;

namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>
/// Minimal inputs the Markdown body property (tests/Publisher.Pdf.Tests/Properties) found losing or hiding what the
/// user wrote: each keeps every word, or says what it dropped.
/// </summary>
public class NothingLostTests
{
    [Theory]
    [InlineData("Text ![Ein Bild](bild.png) und <b>fett</b>", "Text Ein Bild und fett")] // inline HTML: the paragraph is read as HTML
    [InlineData("Text <img alt=\"Ein Bild\" src=\"bild.png\"> davor", "Text Ein Bild davor")]
    public void An_image_among_html_keeps_its_alt_text_and_is_reported_like_a_Markdown_image(string body, string text)
    {
        var (article, messages) = ParseBody(body);
        Assert.Equal(text, InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(article.Body)).Inlines));
        Assert.Equal(["post.md:5: warning: " + Publisher.Core.Parsing.Html.HtmlFragmentConverter.ImageWarning], messages);
    }

    [Theory]
    [InlineData("Nach 10&nbsp;km, z.&#8239;B. am Ziel", "Nach 10\u00A0km, z.\u202FB. am Ziel")]
    [InlineData("Nach 10\u00A0km und 1\u2007000 Metern", "Nach 10\u00A0km und 1\u2007000 Metern")]
    [InlineData("<span>Nach 10&nbsp;km</span> in <b>z.&#8239;B.</b> Berlin", "Nach 10\u00A0km in z.\u202FB. Berlin")] // read as HTML
    [InlineData("Zwei  Leer-\n  zeichen und\tTab", "Zwei Leer- zeichen und Tab")]
    public void No_break_spaces_are_kept_where_other_white_space_collapses(string body, string text)
    {
        var (article, _) = ParseBody(body);
        Assert.Equal(text, InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(article.Body)).Inlines));
    }

    [Fact]
    public void A_title_keeps_its_no_break_space_and_a_tag_does_not()
    {
        var harness = new MarkdownHarness();
        var article = harness.Parse("---\ntitle: \"Tempo\u00A030 in der Stadt\"\ndate: 2026-11-10\ntags: [\"Tempo\u00A030\"]\n---\nText.\n")!;
        Assert.Equal("Tempo\u00A030 in der Stadt", article.Headline);
        Assert.Equal("Tempo 30", Assert.Single(article.Tags));
    }

    [Theory]
    [InlineData("Sie sagte [laut Protokoll: Nein. Ende mit [", "Sie sagte [laut Protokoll: Nein. Ende mit [")]
    [InlineData("[[[hallo", "[[[hallo")]
    [InlineData("![kein Bild", "![kein Bild")]
    [InlineData("[", "[")]
    [InlineData("[a] und [b](https://example.org/b) und [c", "[a] und b und [c")]
    public void A_bracket_nothing_closes_is_text(string body, string text)
    {
        var (article, messages) = ParseBody(body);
        Assert.Equal(text, InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(article.Body)).Inlines));
        Assert.Empty(messages);
    }

    [Theory]
    [InlineData("Ein <x-note>kleiner Hinweis</x-note> hier", "Ein kleiner Hinweis hier", "x-note")]
    [InlineData("<foo>\nEin Block\n</foo>", "Ein Block", "foo")]
    public void An_unknown_html_element_keeps_its_text_with_a_warning(string body, string text, string element)
    {
        var (article, messages) = ParseBody(body);
        Assert.Equal(text, InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(article.Body)).Inlines));
        Assert.Equal([$"post.md:5: warning: HTML element <{element}> is not supported; its text is kept"], messages);
    }

    [Fact]
    public void Script_and_style_still_go_with_their_content()
    {
        var (article, messages) = ParseBody("Eins <script>geheim()</script> <style>.geheim { }</style> zwei");
        Assert.Equal("Eins zwei", InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(article.Body)).Inlines));
        Assert.Equal(["post.md:5: warning: removed unsafe HTML element <script>", "post.md:5: warning: removed unsafe HTML element <style>"], messages);
    }

    [Theory]
    [InlineData("# Titel ![Ein Bild](bild.png) <!-- c -->")] // inline HTML: the heading is read as HTML
    [InlineData("<h2>Titel <img alt=\"Ein Bild\" src=\"bild.png\"></h2>")]
    public void An_image_in_a_heading_read_as_html_keeps_its_alt_text(string body)
    {
        var (article, messages) = ParseBody(body);
        Assert.Equal("Titel Ein Bild", InlineText.Plain(Assert.IsType<Subhead>(Assert.Single(article.Body)).Inlines));
        Assert.Equal(["post.md:5: warning: " + Publisher.Core.Parsing.Html.HtmlFragmentConverter.ImageWarning], messages);
    }

    [Theory]
    [InlineData("```")]
    [InlineData("Text.\n\n````\n\t")]
    [InlineData("> ~~~")]
    public void A_fence_with_nothing_after_it_is_an_empty_code_block_not_a_crash(string body)
    {
        var (article, _) = ParseBody(body);
        Assert.DoesNotContain(article.Body, block => block is Preformatted);
    }
}
