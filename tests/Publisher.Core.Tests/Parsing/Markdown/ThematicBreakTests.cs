using Publisher.Core.Model;
using Publisher.Core.Tests.Model;
using static Publisher.Core.Tests.Parsing.Markdown.MarkdownHarness;

namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>A thematic break (---, ***, ___, &lt;hr&gt;) is a block of its own, where it was written.</summary>
public class ThematicBreakTests
{
    [Theory]
    [InlineData("---")]
    [InlineData("***")]
    [InlineData("___")]
    [InlineData(" - - -")]
    [InlineData("<hr>")]
    [InlineData("<hr/>")]
    [InlineData("<div><hr></div>")]
    public void A_break_stands_between_the_paragraphs_it_separates(string mark)
    {
        var (article, messages) = ParseBody($"Vorher.\n\n{mark}\n\nNachher.\n");
        Assert.Empty(messages);
        Assert.Equal("Paragraph(Text(Vorher.) ) Break Paragraph(Text(Nachher.) )", ModelTree.Describe(article.Body));
    }

    [Fact]
    public void Dashes_under_a_line_of_text_make_it_a_heading_not_a_break()
    {
        var (article, _) = ParseBody("Titel\n---\n\nText.\n\n> ***\n");
        Assert.Equal("Subhead(2: Text(Titel) ) Paragraph(Text(Text.) ) Quote(Break)", ModelTree.Describe(article.Body));
    }
}
