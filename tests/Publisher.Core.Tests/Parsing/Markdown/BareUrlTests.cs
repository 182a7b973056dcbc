using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Core.Tests.Model;
using static Publisher.Core.Tests.Parsing.Markdown.MarkdownHarness;

namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>Addresses written bare in the text (https://…, www.…) are links like any other: made safe, numbered, listed.</summary>
public class BareUrlTests
{

    [Fact]
    public void Bare_addresses_are_links_without_the_punctuation_after_them()
    {
        var (article, messages) = ParseBody("Mehr unter https://example.com/x?a=1, bei www.example.org und mailto:post@example.org.");
        Assert.Empty(messages);
        Assert.Equal("Text(Mehr unter ) Link(Text(https://example.com/x?a=1)  → https://example.com/x?a=1 #1) Text(, bei ) "
            + "Link(Text(www.example.org)  → https://www.example.org #2) Text( und ) Link(Text(post@example.org)  → mailto:post@example.org #3) Text(.) ",
            SingleParagraph(article));
        Assert.Equal(["https://example.com/x?a=1", "https://www.example.org/", "mailto:post@example.org"], article.Links.Select(l => l.Url!.AbsoluteUri));
    }

    [Fact]
    public void A_bare_address_and_a_written_link_to_it_share_a_number()
    {
        var (article, _) = ParseBody("Der [Plan](https://example.com/plan) steht unter https://example.com/plan bereit.");
        Assert.Equal([1, 1], Assert.IsType<Paragraph>(Assert.Single(article.Body)).Inlines.OfType<LinkInline>().Select(l => l.Reference!.Value));
        Assert.Equal(["Plan", "https://example.com/plan"], Assert.Single(article.Links).Anchors.ToArray());
    }

    [Fact]
    public void A_bare_address_in_a_paragraph_with_html_is_a_link_as_well()
    {
        var (article, messages) = ParseBody("Siehe https://example.com/y <b>jetzt</b>.");
        Assert.Empty(messages);
        Assert.Equal("Text(Siehe ) Link(Text(https://example.com/y)  → https://example.com/y #1) Text( ) Emphasis(Strong: Text(jetzt) ) Text(.) ", SingleParagraph(article));
    }

    [Fact]
    public void Addresses_in_code_and_those_no_output_may_link_stay_text()
    {
        var (article, messages) = ParseBody("Im Code `https://example.com/c`, per ftp://example.org/datei und javascript:alert(1).\n\n    https://example.com/block\n");
        Assert.Empty(messages); // the text was written as text: nothing to warn about
        var paragraph = Assert.IsType<Paragraph>(article.Body[0]);
        Assert.Equal("Im Code https://example.com/c, per ftp://example.org/datei und javascript:alert(1).", InlineText.Plain(paragraph.Inlines));
        Assert.All(paragraph.Inlines, inline => Assert.True(inline is TextRun or CodeSpan, inline.ToString()));
        Assert.Equal("https://example.com/block", Assert.IsType<Preformatted>(article.Body[1]).Text);
        Assert.Empty(article.Links);
    }
}
