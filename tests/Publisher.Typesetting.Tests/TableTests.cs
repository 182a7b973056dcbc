using Publisher.Typesetting.Layout;

namespace Publisher.Typesetting.Tests;

/// <summary>Tables end to end: read, laid out, rendered, and read back from the PDF with PdfPig.</summary>
public sealed class TableTests
{
    private const string Header = "<thead><tr><th>Bezirk</th><th>Lage</th><th class=\"right\">Preis</th></tr></thead>";

    [Fact]
    public void Cell_texts_come_out_in_row_order_inside_the_text_frame()
    {
        var rows = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<tr><td>Bezirk{i:00}</td><td>Lage <em>{i:00}</em> mit <strong>etwas</strong> Text</td><td class=\"right\">{i},50&#160;€</td></tr>"));
        using var rendered = new RenderedMarkup($"<p>Davor.</p><table>{Header}<tbody>{rows}</tbody></table><p>Danach.</p>");
        Assert.Empty(rendered.Markup.Diagnostics);
        string[] expected =
        [
            "Davor.", "Bezirk", "Lage", "Preis",
            .. Enumerable.Range(1, 12).SelectMany(i => new[] { $"Bezirk{i:00}", $"Lage{i:00}mitetwasText", $"{i},50€" }),
            "Danach.",
        ];
        AssertInOrder(rendered.Text, expected);
        rendered.AssertInsideTheFrame();
    }

    [Fact]
    public void A_table_longer_than_a_page_repeats_its_header_on_every_page_and_never_splits_a_row()
    {
        // The middle cells wrap to several lines, so a row split between pages would show.
        var rows = string.Concat(Enumerable.Range(1, 90).Select(i =>
            $"<tr><td>Zeile{i:000}</td><td>Anfang{i:000} {string.Join(" ", Enumerable.Repeat("eine Beschreibung der Lage", 4 + i % 5))} Ende{i:000}</td><td class=\"right\">{i}</td></tr>"));
        using var rendered = new RenderedMarkup($"<table>{Header}<tbody>{rows}</tbody></table>");
        var pages = rendered.Pages.Select(page => string.Concat(page.Select(l => l.Value))).ToList();
        Assert.True(pages.Count >= 3, $"only {pages.Count} pages");
        foreach (var (page, number) in pages.Select((page, index) => (page, index + 1)))
        {
            Assert.True(Occurrences(page, "BezirkLagePreis") == 1, $"page {number} has the header {Occurrences(page, "BezirkLagePreis")} times");
            Assert.StartsWith("BezirkLagePreisZeile", page);
        }
        for (var i = 1; i <= 90; i++)
        {
            var start = pages.FindIndex(page => page.Contains($"Zeile{i:000}Anfang{i:000}"));
            Assert.True(start >= 0, $"row {i} is missing");
            Assert.True(pages[start].Contains($"Ende{i:000}"), $"row {i} is split across pages {start + 1} and {start + 2}");
            Assert.Equal(1, pages.Sum(page => Occurrences(page, $"Zeile{i:000}")));
        }
        AssertInOrder(rendered.Text, [.. Enumerable.Range(1, 90).Select(i => $"Zeile{i:000}")]);
        rendered.AssertInsideTheFrame();
    }

    [Fact]
    public void Cells_of_a_column_share_their_left_edge_and_right_aligned_cells_end_together()
    {
        string[] prices = ["1,00 €", "1.234,56 €", "12 €", "99.999,99 €"];
        var rows = string.Concat(prices.Select((price, i) =>
            $"<tr><td>{new string('m', i + 2)}</td><td>Lage{i} {new string('x', 10 - i)}</td><td class=\"right\">{price}</td></tr>"));
        using var rendered = new RenderedMarkup($"<table>{Header}<tbody>{rows}</tbody></table>");
        var letters = rendered.Pages[0];
        var text = string.Concat(letters.Select(l => l.Value));
        var firsts = new List<double>();
        var seconds = new List<double>();
        var priceStarts = new List<double>();
        var priceEnds = new List<double>();
        for (var i = 0; i < prices.Length; i++)
        {
            firsts.Add(letters[text.IndexOf(new string('m', i + 2) + "Lage", StringComparison.Ordinal)].Left);
            seconds.Add(letters[text.IndexOf($"Lage{i}", StringComparison.Ordinal)].Left);
            var price = prices[i].Replace(" ", "");
            var at = text.IndexOf(price, StringComparison.Ordinal);
            priceStarts.Add(letters[at].Left);
            priceEnds.Add(letters[at + price.Length - 1].Right);
        }
        Assert.All(firsts, x => Assert.Equal(firsts[0], x, 0.01));
        Assert.All(seconds, x => Assert.Equal(seconds[0], x, 0.01));
        Assert.True(seconds[0] > firsts[0] + 10);
        Assert.All(priceEnds, x => Assert.Equal(priceEnds[0], x, 0.05));
        Assert.Equal(prices.Length, priceStarts.Distinct().Count()); // right-aligned, so each starts elsewhere
        var header = text.IndexOf("Preis", StringComparison.Ordinal);
        Assert.Equal(priceEnds[0], letters[header + 4].Right, 0.05);
    }

    [Fact]
    public void A_word_wider_than_the_column_breaks_inside_it()
    {
        var word = string.Concat(Enumerable.Repeat("Donaudampfschifffahrtsgesellschaft", 6));
        using var rendered = new RenderedMarkup(
            $"<table><tr><th>Nr</th><th>Wort</th></tr><tr><td>1</td><td>{word}</td></tr><tr><td>2</td><td>kurz</td></tr></table>",
            "data-page-size=\"A5\" data-columns=\"2\" data-margin=\"36\"");
        rendered.AssertInsideTheFrame();
        var text = rendered.Text;
        AssertInOrder(text.Replace("-", ""), ["Nr", "Wort", "1", word, "2", "kurz"]);
        var start = text.IndexOf("Donau", StringComparison.Ordinal);
        var lines = rendered.Letters.Skip(start).Take(word.Length).Select(l => Math.Round(l.Baseline, 1)).Distinct().Count();
        Assert.True(lines >= 4, $"the word was set on {lines} lines");
        // The short column keeps its words whole.
        var letters = rendered.Letters.ToList();
        var kurz = text.IndexOf("kurz", StringComparison.Ordinal);
        Assert.Equal(letters[kurz].Baseline, letters[kurz + 3].Baseline);
        Assert.Equal(letters[text.IndexOf("Nr", StringComparison.Ordinal)].Baseline, letters[text.IndexOf("Wort", StringComparison.Ordinal)].Baseline);
    }

    [Fact]
    public void A_row_taller_than_a_page_is_set_in_bands_below_the_repeated_header_and_loses_no_text()
    {
        var words = Enumerable.Range(1, 1600).Select(i => $"w{i:0000}").ToArray();
        using var rendered = new RenderedMarkup(
            $"<table>{Header}<tbody><tr><td>vorher</td><td>kurz</td><td>1</td></tr>"
            + $"<tr><td>lang</td><td>{string.Join(" ", words)}</td><td class=\"right\">2</td></tr>"
            + "<tr><td>nachher</td><td>kurz</td><td>3</td></tr></tbody></table>");
        Assert.True(rendered.Pages.Count >= 3, $"only {rendered.Pages.Count} pages");
        AssertInOrder(rendered.Text, ["vorher", "lang", .. words, "nachher"]);
        Assert.Equal(words.Length, words.Sum(w => Occurrences(rendered.Text, w)));
        foreach (var page in rendered.Pages)
            Assert.StartsWith("BezirkLagePreis", string.Concat(page.Select(l => l.Value)));
        rendered.AssertInsideTheFrame();
    }

    [Fact]
    public void Rows_with_fewer_cells_leave_the_rest_empty_and_too_many_columns_are_set_smaller_inside_the_frame()
    {
        var cells = string.Concat(Enumerable.Range(1, 90).Select(i => $"<td>c{i}</td>"));
        using var rendered = new RenderedMarkup($"<table><tr>{cells}</tr><tr><td>allein</td></tr><tr><td>a</td><td>b</td></tr></table>");
        rendered.AssertInsideTheFrame();
        AssertInOrder(rendered.Text, [.. Enumerable.Range(1, 90).Select(i => $"c{i}"), "allein", "a", "b"]);
        var table = Assert.IsType<TableFlow>(Assert.Single(rendered.Result.Flows));
        Assert.Equal([90, 1, 2], table.Rows.Select(row => row.Cells.Count));
        Assert.Equal(table.Rows[0].Cells[1].X, table.Rows[2].Cells[1].X);
    }

    [Fact]
    public void A_cell_spanning_columns_stands_over_them_and_one_spanning_rows_beside_them()
    {
        const string head = "<thead><tr><th rowspan=\"2\">Bezirk</th><th colspan=\"2\">Miete</th></tr><tr><th>Jahr2025</th><th>Jahr2026</th></tr></thead>";
        const string body = "<tbody><tr><td rowspan=\"2\">Mitte</td><td>m25</td><td>m26</td></tr><tr><td>n25</td><td>n26</td></tr>"
                            + "<tr><td colspan=\"3\">Quelle: Mietspiegel</td></tr></tbody>";
        using var rendered = new RenderedMarkup($"<table>{head}{body}</table>");
        Assert.Empty(rendered.Markup.Diagnostics);
        rendered.AssertInsideTheFrame();
        var letters = rendered.Letters.ToList();
        var text = string.Concat(letters.Select(l => l.Value));
        PlacedLetter At(string word) => letters[text.IndexOf(word, StringComparison.Ordinal)];
        // "Miete" heads the two year columns: it starts where the first does, on the line above both.
        Assert.Equal(At("Jahr2025").Left, At("Miete").Left, 0.01);
        Assert.True(At("Jahr2026").Left > At("Jahr2025").Left + 20);
        Assert.True(At("Jahr2025").Baseline > At("Miete").Baseline + 5);
        Assert.Equal(At("Jahr2025").Baseline, At("Jahr2026").Baseline, 0.01);
        // "Bezirk" and "Mitte" take the first column of two rows each: the second rows start in the second column.
        Assert.Equal(At("Bezirk").Baseline, At("Miete").Baseline, 0.01);
        Assert.Equal(At("Mitte").Baseline, At("m25").Baseline, 0.01);
        Assert.Equal(At("m25").Left, At("n25").Left, 0.01);
        Assert.Equal(At("m26").Left, At("n26").Left, 0.01);
        Assert.Equal(At("Jahr2025").Left, At("n25").Left, 0.01);
        Assert.Equal(At("Bezirk").Left, At("Quelle").Left, 0.01);
        // The header's two rows, and the rows "Mitte" spans, are each drawn as one.
        var table = Assert.IsType<TableFlow>(Assert.Single(rendered.Result.Flows));
        Assert.Single(table.Header);
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void Rows_a_cell_spans_stay_on_one_page_and_a_span_taller_than_a_page_lets_go_without_losing_text()
    {
        var rows = string.Concat(Enumerable.Range(1, 40).Select(i =>
            $"<tr><td rowspan=\"3\">Gruppe{i:00}</td><td>erste{i:00} eine Beschreibung der Lage und noch etwas mehr</td></tr>"
            + $"<tr><td>zweite{i:00}</td></tr><tr><td>dritte{i:00}</td></tr>"));
        using var rendered = new RenderedMarkup($"<table>{Header}<tbody>{rows}</tbody></table>");
        var pages = rendered.Pages.Select(page => string.Concat(page.Select(l => l.Value))).ToList();
        Assert.True(pages.Count >= 2, $"only {pages.Count} pages");
        for (var i = 1; i <= 40; i++)
        {
            var page = pages.FindIndex(p => p.Contains($"Gruppe{i:00}"));
            Assert.True(page >= 0 && pages[page].Contains($"dritte{i:00}"), $"group {i} is split across pages");
        }
        rendered.AssertInsideTheFrame();

        var words = Enumerable.Range(1, 1200).Select(i => $"w{i:0000}").ToArray();
        using var tall = new RenderedMarkup($"<table><tr><td rowspan=\"2\">{string.Join(" ", words)}</td><td>oben</td></tr><tr><td>unten</td></tr></table>");
        Assert.True(tall.Pages.Count >= 2, $"only {tall.Pages.Count} pages");
        AssertInOrder(tall.Text, [.. words]);
        Assert.Equal(words.Length, words.Sum(w => Occurrences(tall.Text, w)));
        Assert.Contains("oben", tall.Text);
        Assert.Contains("unten", tall.Text);
        tall.AssertInsideTheFrame();
    }

    [Fact]
    public void Column_widths_follow_the_browsers_automatic_layout()
    {
        ColumnExtent[] columns = [new(10, 30, 50), new(10, 40, 200)];
        Assert.Equal([50, 200], TableColumns.Widths(columns, 400)); // max-content fits: the table is narrower than the frame
        // Min-content plus the rest in proportion to max − min (20 : 160).
        var shared = TableColumns.Widths(columns, 160);
        Assert.Equal(30 + 90 * 20 / 180.0, shared[0], 6);
        Assert.Equal(40 + 90 * 160 / 180.0, shared[1], 6);
        // Not even min-content fits: the column with the longer words gives way first.
        ColumnExtent[] wide = [new(10, 30, 30), new(10, 300, 300), new(10, 280, 400)];
        var capped = TableColumns.Widths(wide, 200);
        Assert.Equal(30, capped[0], 6);
        Assert.Equal(85, capped[1], 3);
        Assert.Equal(85, capped[2], 3);
        Assert.Equal(200, capped.Sum(), 3);
    }

    private static void AssertInOrder(string text, IEnumerable<string> pieces)
    {
        var position = 0;
        foreach (var piece in pieces)
        {
            var found = text.IndexOf(piece, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{piece}' not found after position {position} (text from there: '{text[position..Math.Min(text.Length, position + 80)]}')");
            position = found + piece.Length;
        }
    }

    private static int Occurrences(string text, string piece)
    {
        var count = 0;
        for (var at = text.IndexOf(piece, StringComparison.Ordinal); at >= 0; at = text.IndexOf(piece, at + piece.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
