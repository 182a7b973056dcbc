using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Templating.Tests;

/// <summary>A paragraph of one text run takes a shortcut (its own string, escaped); it must read as the general path writes it.</summary>
public class InlineHtmlTests
{
    [Theory]
    [InlineData("plain words, ä and 😀")]
    [InlineData("a < b & \"c\" 'd' > e")]
    [InlineData("control \u0001 and \uFFFF dropped")]
    [InlineData("")]
    public void One_run_of_text_renders_as_the_same_run_among_others(string text)
    {
        var alone = InlineHtml.Render(ImmutableArray.Create<Inline>(new TextRun(text)), url => url.AbsoluteUri);
        var amongOthers = InlineHtml.Render(ImmutableArray.Create<Inline>(new TextRun("["), new TextRun(text), new TextRun("]")), url => url.AbsoluteUri);

        Assert.Equal($"[{alone}]", amongOthers);
    }

    [Fact]
    public void A_run_that_needs_no_escaping_is_its_own_html()
    {
        var text = new string('x', 3) + " text";
        Assert.Same(text, InlineHtml.Render(ImmutableArray.Create<Inline>(new TextRun(text)), url => url.AbsoluteUri));
    }

    [Fact]
    public void Each_kind_of_emphasis_has_its_element()
    {
        ImmutableArray<Inline> inlines =
        [
            new Emphasis(EmphasisKind.Emphasis, [new TextRun("a")]),
            new Emphasis(EmphasisKind.Strong, [new TextRun("b")]),
            new Emphasis(EmphasisKind.Deleted, [new TextRun("Montag"), new Emphasis(EmphasisKind.Strong, [new TextRun("!")])]),
            new TextRun(" Dienstag, 3 m"),
            new Emphasis(EmphasisKind.Superscript, [new TextRun("2")]),
            new TextRun(", H"),
            new Emphasis(EmphasisKind.Subscript, [new TextRun("2")]),
            new TextRun("O"),
        ];
        Assert.Equal("<em>a</em><strong>b</strong><del>Montag<strong>!</strong></del> Dienstag, 3 m<sup>2</sup>, H<sub>2</sub>O", InlineHtml.Render(inlines, url => url.AbsoluteUri));
    }

    [Fact]
    public void A_reference_to_a_note_the_article_does_not_have_is_no_link()
    {
        var notes = new NoteAnchors("a", new HashSet<int> { 1 });
        ImmutableArray<Inline> inlines = [new NoteReference(1), new NoteReference(2), new NoteReference(1)];
        Assert.Equal("<sup><a href=\"#note-a-1\" id=\"noteref-a-1\" role=\"doc-noteref\">1</a></sup><sup>2</sup><sup><a href=\"#note-a-1\" role=\"doc-noteref\">1</a></sup>",
            InlineHtml.Render(inlines, url => url.AbsoluteUri, notes));
        Assert.Equal("<sup>1</sup>", InlineHtml.Render([new NoteReference(1)], url => url.AbsoluteUri));
        Assert.Equal("<sup><a href=\"#note-a-1\" id=\"noteref-a-1\" epub:type=\"noteref\" role=\"doc-noteref\">1</a></sup>", // a pop-up in EPUB reading systems
            InlineHtml.Render([new NoteReference(1)], url => url.AbsoluteUri, new NoteAnchors("a", new HashSet<int> { 1 }, epub: true)));
    }
}
