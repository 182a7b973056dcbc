using Publisher.Core.Model;
using Publisher.Core.Tests.Model;
using static Publisher.Core.Tests.Parsing.Markdown.MarkdownHarness;

namespace Publisher.Core.Tests.Parsing.Markdown;

/// <summary>GFM task lists: an item's leading [ ] or [x] is its task mark, not text.</summary>
public class TaskListTests
{
    [Fact]
    public void Open_and_done_items_are_tasks_and_their_marks_leave_the_text()
    {
        var (article, messages) = ParseBody("- [ ] Milch\n- [x] Brot\n- [X] Eier\n- Salz\n\n1. [ ] erstens\n");
        Assert.Empty(messages);
        Assert.Equal("List(False from 1: [Open] Paragraph(Text(Milch) ) | [Done] Paragraph(Text(Brot) ) | [Done] Paragraph(Text(Eier) ) | Paragraph(Text(Salz) )) "
            + "List(True from 1: [Open] Paragraph(Text(erstens) ))", ModelTree.Describe(article.Body));
    }

    [Fact]
    public void A_task_keeps_its_marks_links_and_further_paragraphs()
    {
        var (article, messages) = ParseBody("- [x] **Plan** lesen: https://example.com/plan <i>heute</i>\n\n  Danach weiter.\n");
        Assert.Empty(messages); // no <input> from the HTML path
        var item = Assert.Single(Assert.IsType<ListBlock>(Assert.Single(article.Body)).Items);
        Assert.Equal(TaskMark.Done, item.Task);
        Assert.Equal("Paragraph(Emphasis(Strong: Text(Plan) ) Text( lesen: ) Link(Text(https://example.com/plan)  → https://example.com/plan #1) Text( ) Emphasis(Emphasis: Text(heute) ) ) "
            + "Paragraph(Text(Danach weiter.) )", ModelTree.Describe(item.Blocks));
    }

    [Theory]
    [InlineData("[ ] kein Listenpunkt", "[ ] kein Listenpunkt")]
    [InlineData("- [y] kein Haken", "[y] kein Haken")]
    [InlineData("- eins [ ] mitten, [X] auch", "eins [ ] mitten, [X] auch")]
    [InlineData("- eins [x] mitten <b>und</b> [ ] so", "eins [x] mitten und [ ] so")]
    [InlineData("- [ ] offen, doch [x] mitten", "offen, doch [x] mitten")]
    public void Brackets_anywhere_else_are_text(string markdown, string text)
    {
        var (article, messages) = ParseBody(markdown);
        Assert.Empty(messages);
        Assert.Equal(text, PlainText(article.Body));
    }

    [Theory]
    [InlineData("- siehe [x](https://ex.org/x) und [ ](https://ex.org/leer)", TaskMark.None, 2)]
    [InlineData("- [ ] erst [x](https://ex.org/x) lesen", TaskMark.Open, 1)]
    [InlineData("- [X](https://ex.org/x) als Linktext", TaskMark.None, 1)]
    public void A_link_whose_text_looks_like_a_mark_is_a_link(string markdown, TaskMark task, int links)
    {
        var (article, messages) = ParseBody(markdown);
        Assert.Empty(messages);
        var item = Assert.Single(Assert.IsType<ListBlock>(Assert.Single(article.Body)).Items);
        Assert.Equal(task, item.Task);
        Assert.Equal(links, Publisher.Core.Model.BodyLinks.In(article.Body).Count);
    }

    private static string PlainText(IEnumerable<Block> blocks) => string.Concat(blocks.Select(block => block switch
    {
        Paragraph p => Publisher.Core.Parsing.InlineText.Plain(p.Inlines),
        ListBlock l => PlainText(l.Items.SelectMany(i => i.Blocks)),
        _ => "",
    }));
}
