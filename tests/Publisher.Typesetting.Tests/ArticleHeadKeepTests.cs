using System.Text;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Layout;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// An article's head (kicker, headline, teaser, byline, photo caption: the digest's classes) is never left at the foot
/// of a page: it goes with at least the first two lines of the body, wherever on the page the article starts.
/// </summary>
public sealed class ArticleHeadKeepTests
{
    private const string Head = """
        <p class="kicker">Stadtgrün</p>
        <h2 id="headline">Welche Bäume überstehen die nächsten Sommer?</h2>
        <p class="teaser">Linden und Ahorne leiden unter der Dürre. Die Bezirke suchen nach Arten, die Hitze aushalten.</p>
        <p class="byline">Berlin (taz) · 14. November 2026</p>
        <p class="figure" id="caption"><small>Ein Messgerät am Stamm einer Linde an der Karl-Marx-Allee <span class="credit">Foto: Mehmet Beispiel</span></small></p>
        """;

    private const string Body = """
        <p id="body">Die Linde an der Karl-Marx-Allee trägt seit dem Frühjahr ein Messgerät am Stamm. Es zeigt, wie viel Wasser
        der Baum verdunstet und wie viel er aus dem Boden zieht. Im August war die Bilanz an mehr als zwanzig Tagen negativ, sagt
        die Forscherin, die das Projekt leitet. Die Bezirke wollen deshalb neue Arten pflanzen, die mit weniger Wasser auskommen
        und die Hitze der Straßen besser vertragen als die alten Linden und Ahorne.</p>
        """;

    [Theory]
    [InlineData("")]
    [InlineData("data-page-size=\"A5\" data-columns=\"2\"")]
    public void The_head_stands_with_the_first_two_body_lines_wherever_the_article_starts(string bodyAttributes)
    {
        for (var filler = 0; filler <= 90; filler++)
        {
            var markup = new StringBuilder();
            for (var i = 0; i < filler; i++) markup.Append($"<p>Zeile {i + 1} vor dem Artikel.</p>");
            markup.Append(Head).Append(Body);
            var read = XhtmlReader.Read($"<html lang=\"de\"><body {bodyAttributes}>{markup}</body></html>", "head.xhtml", new TypesettingStyle());
            var (plan, flows) = new Typesetter(read.Style).Layout(new TypesetDocument(read.Blocks, RenderFixture.Info));
            var headline = Where(plan, flows, "headline");
            var caption = Where(plan, flows, "caption");
            var body = Where(plan, flows, "body");
            Assert.True(headline.Column == caption.Column && headline.Column == body.Column,
                $"{filler} lines before: headline in column {headline.Column}, caption in {caption.Column}, body starts in {body.Column}");
            Assert.True(body.Lines >= 2, $"{filler} lines before: only {body.Lines} body line(s) follow the head");
        }
    }

    /// <summary>The column (page and left edge) where the flowable with <paramref name="id"/> starts, and how many of its lines stand there.</summary>
    private static ((int Page, double X) Column, int Lines) Where(PagePlan plan, IReadOnlyList<Flowable> flows, string id)
    {
        var index = flows.Select((flow, i) => (flow, i)).Single(pair => pair.flow.Attributes.Id == id).i;
        for (var page = 0; page < plan.Pages.Count; page++)
        {
            var placement = plan.Pages[page].Placements.SingleOrDefault(p => p.Flow == index && p.FromLine == 0);
            if (placement is not null) return ((page + 1, placement.X), placement.ToLine - placement.FromLine);
        }
        throw new InvalidOperationException($"flow {id} was not placed");
    }
}
