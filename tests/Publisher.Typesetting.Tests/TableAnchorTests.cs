using Publisher.Typesetting.Document;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;
using UglyToad.PdfPig.Actions;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// Ids inside a table (on a row, a cell, an element in a cell) are named destinations at the row where it is
/// first drawn, so a note's back link to a reference in a cell lands there, on whichever page that row went to.
/// </summary>
public sealed class TableAnchorTests
{
    [Fact]
    public void Links_to_ids_in_table_cells_land_on_the_row_on_the_page_it_is_drawn_on()
    {
        var rows = string.Concat(Enumerable.Range(1, 90).Select(i => i switch
        {
            45 => $"<tr><td>Zeile{i:000}</td><td>Anfang<sup><a href=\"#note-min-1\" id=\"noteref-min-1\">1</a></sup> eine Beschreibung</td><td>{i}</td></tr>",
            70 => $"<tr><td id=\"cell-70\">Zeile{i:000}</td><td>Anfang eine Beschreibung</td><td>{i}</td></tr>",
            _ => $"<tr><td>Zeile{i:000}</td><td>Anfang {string.Join(" ", Enumerable.Repeat("eine Beschreibung der Lage", 2 + i % 3))}</td><td>{i}</td></tr>",
        }));
        using var rendered = new RenderedMarkup(
            $"""
            <p>Davor.</p><table><thead><tr><th id="head">Bezirk</th><th>Lage</th><th>Preis</th></tr></thead><tbody>{rows}</tbody></table>
            <div class="page-break"></div>
            <ol><li id="note-min-1"><p>Eins <a href="#noteref-min-1">zurück</a></p></li>
            <li><p>Zwei <a href="#cell-70">zurück</a></p></li><li><p>Drei <a href="#head">zurück</a></p></li></ol>
            """);
        Assert.Empty(rendered.Markup.Diagnostics);
        var texts = rendered.Pages.Select(page => string.Concat(page.Select(l => l.Value))).ToList();

        using var pdf = PdfPigDocument.Open(rendered.PdfPath);
        var notesPage = pdf.GetPage(rendered.Pages.Count);
        var backLinks = notesPage.GetAnnotations().Where(a => a.Action is GoToAction)
            .OrderByDescending(a => a.Rectangle.Top).Select(a => ((GoToAction)a.Action!).Destination).ToList();
        Assert.Equal(3, backLinks.Count);
        foreach (var (destination, target) in backLinks.Zip(["Zeile045", "Zeile070", "Bezirk"]))
        {
            // The first page the target text is drawn on (the header is drawn again on every page of the table).
            var page = texts.FindIndex(text => text.Contains(target));
            Assert.True(page >= 0, $"{target} is not drawn");
            Assert.Equal(page + 1, destination.PageNumber);
            var letter = rendered.Pages[page][texts[page].IndexOf(target, StringComparison.Ordinal)];
            var top = notesPage.Height - destination.Coordinates.Top!.Value;
            Assert.InRange(letter.Baseline - top, 0, 2 * rendered.Style.BodySize + 6);
        }
        // The rows with ids are not on the table's first page, so the anchors follow the rows.
        Assert.True(texts.FindIndex(text => text.Contains("Zeile045")) > 0, "row 45 is on the first page");
        var anchors = rendered.Result.Plan.Anchors;
        Assert.Equal(1, anchors["head"].Page);
        Assert.True(anchors["noteref-min-1"].Page < anchors["cell-70"].Page || anchors["noteref-min-1"].Y < anchors["cell-70"].Y);
    }

    [Fact]
    public void Ids_in_pre_and_ids_of_a_container_whose_first_block_has_its_own_are_anchors_too()
    {
        var result = XhtmlReader.Read("""
            <html><body><pre id="code">x = <span id="in-pre">1</span></pre><ol id="list"><li id="n1"><p id="p1">Eins</p></li></ol>
            <blockquote id="quote"><p id="p2">Zitat</p></blockquote><table><tr id="row"><td>a</td></tr></table></body></html>
            """, "ids.xhtml", new TypesettingStyle());
        Assert.Empty(result.Diagnostics);
        var (plan, _) = new Typesetter(result.Style).Layout(new TypesetDocument(result.Blocks, RenderFixture.Info));
        Assert.Equal(["code", "in-pre", "list", "n1", "p1", "p2", "quote", "row"], plan.Anchors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(plan.Anchors["code"], plan.Anchors["in-pre"]);
        Assert.Equal(plan.Anchors["p1"], plan.Anchors["n1"]);
        Assert.Equal(plan.Anchors["p1"], plan.Anchors["list"]);
        Assert.Equal(plan.Anchors["p2"], plan.Anchors["quote"]);
    }
}
