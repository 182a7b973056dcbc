using System.Text;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Layout;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// A list's short last item (one or two lines) is not carried alone to a new page or column: the item before goes with
/// it (its last two lines, or all of it when it is too short to split). A short first item is not left alone at a
/// column's foot: it goes with the second item, and the end of the paragraph that introduces the list goes with it. The
/// break never leaves a column less than half full. Swept over every place on the page where the list can fall.
/// </summary>
public sealed class ListItemKeepTests
{
    private const string LeadIn = "<p id=\"lead\">Die Bezirke haben sich auf diese Schritte geeinigt, die bis zum Frühjahr umgesetzt werden sollen:</p>";

    [Theory]
    [InlineData("data-page-size=\"A5\"", 3)]
    [InlineData("data-page-size=\"A5\"", 5)]
    [InlineData("data-page-size=\"A5\" data-columns=\"2\"", 3)]
    public void A_short_last_item_never_starts_a_column_alone(string bodyAttributes, int items)
    {
        var random = new Random(5);
        var list = new StringBuilder("<ul>");
        for (var i = 1; i < items; i++) list.Append($"<li id=\"item{i}\">{SampleText.Paragraph(random, true, 1 + i % 3)}</li>");
        list.Append("<li id=\"last\">Zum Schluss: die Bäume.</li></ul>");
        var cases = 0;
        foreach (var (plan, flows, style) in Sweep(bodyAttributes, LeadIn + list))
        {
            var last = Slices(plan, flows, "last").Single();
            var before = Slices(plan, flows, $"item{items - 1}");
            if (Slices(plan, flows, "item1")[0].Column == last.Column) continue;
            cases++; // the list goes on in another column
            Assert.True(before.Any(slice => slice.Column == last.Column),
                $"the last item starts column {last.Column} alone; the item before ends in {before[^1].Column}");
            AssertHalfFull(plan, flows, style, last.Column);
        }
        Assert.True(cases > 0, "the list never went on in another column in the sweep");
    }

    [Theory]
    [InlineData("data-page-size=\"A5\"")]
    [InlineData("data-page-size=\"A5\" data-columns=\"2\"")]
    public void A_short_first_item_is_never_left_alone_at_a_column_foot_and_keeps_its_lead_in(string bodyAttributes)
    {
        var random = new Random(8);
        var list = new StringBuilder("<ul><li id=\"first\">Mehr Bäume.</li>");
        for (var i = 2; i <= 4; i++) list.Append($"<li id=\"item{i}\">{SampleText.Paragraph(random, true, 2)}</li>");
        list.Append("</ul>");
        var cases = 0;
        foreach (var (plan, flows, style) in Sweep(bodyAttributes, LeadIn + list))
        {
            var first = Slices(plan, flows, "first").Single();
            var second = Slices(plan, flows, "item2")[0];
            var lead = Slices(plan, flows, "lead");
            Assert.True(first.Column == second.Column, $"the first item stands alone in {first.Column}, the second starts in {second.Column}");
            Assert.True(lead[^1].Column == first.Column, $"the lead-in ends in {lead[^1].Column}, the list starts in {first.Column}");
            if (first.AtColumnTop || lead[^1].AtColumnTop) continue;
            cases++;
        }
        Assert.True(cases > 0);
    }

    [Fact]
    public void A_long_list_is_never_pushed_whole()
    {
        var random = new Random(3);
        var list = new StringBuilder("<ul>");
        for (var i = 1; i <= 8; i++) list.Append($"<li id=\"item{i}\">{SampleText.Paragraph(random, true, 2)}</li>");
        list.Append("<li id=\"last\">Zuletzt.</li></ul>");
        foreach (var (plan, flows, style) in Sweep("data-page-size=\"A5\"", "<p id=\"lead\">Die Liste:</p>" + list))
        {
            var lead = Slices(plan, flows, "lead");
            var first = Slices(plan, flows, "item1");
            // The first item starts right after the lead-in unless not even its first two lines fit there.
            if (lead[^1].Column != first[0].Column)
                Assert.True(first[0].AtColumnTop && flows[first[0].Placement.Flow].LineCount > 1);
            var last = Slices(plan, flows, "last").Single();
            if (last.AtColumnTop) AssertHalfFull(plan, flows, style, last.Column);
        }
    }

    private static IEnumerable<(PagePlan Plan, List<Flowable> Flows, TypesettingStyle Style)> Sweep(string bodyAttributes, string content)
    {
        for (var filler = 0; filler <= 45; filler++)
        {
            var markup = new StringBuilder();
            for (var i = 0; i < filler; i++) markup.Append($"<p>Zeile {i + 1}.</p>");
            markup.Append(content);
            var read = XhtmlReader.Read($"<html lang=\"de\"><body {bodyAttributes}>{markup}</body></html>", "list.xhtml", new TypesettingStyle());
            var (plan, flows) = new Typesetter(read.Style).Layout(new TypesetDocument(read.Blocks, RenderFixture.Info));
            yield return (plan, flows, read.Style);
        }
    }

    private sealed record Slice((int Page, double X) Column, bool AtColumnTop, Placement Placement);

    /// <summary>The slices of the flowable with <paramref name="id"/>, in order, with the column each stands in.</summary>
    private static List<Slice> Slices(PagePlan plan, List<Flowable> flows, string id)
    {
        var index = flows.FindIndex(flow => flow.Attributes.Id == id);
        return plan.Pages.SelectMany((page, number) => page.Placements.Where(p => p.Flow == index)
            .Select(p => new Slice((number + 1, p.X), p.AtColumnTop && p.FromLine == 0, p))).ToList();
    }

    /// <summary>The column before <paramref name="column"/> is filled at least half way down.</summary>
    private static void AssertHalfFull(PagePlan plan, List<Flowable> flows, TypesettingStyle style, (int Page, double X) column)
    {
        var columns = plan.Pages.SelectMany((page, number) => page.Placements.Select(p => (Page: number + 1, p.X))).Distinct().ToList();
        var previous = columns[columns.IndexOf(column) - 1];
        var end = plan.Pages[previous.Page - 1].Placements.Where(p => p.X == previous.X)
            .Max(p => p.Y + (flows[p.Flow] is TextFlow text ? text.Lines.Skip(p.FromLine).Take(p.ToLine - p.FromLine).Sum(line => line.Height) : 0));
        Assert.True(end - style.Margins.Top >= (style.Page.Height - style.Margins.Top - style.Margins.Bottom) / 2,
            $"column {previous} ends at {end}");
    }
}
