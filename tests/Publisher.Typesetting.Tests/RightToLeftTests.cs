namespace Publisher.Typesetting.Tests;

/// <summary>
/// Right-to-left text as it is drawn, read back with PdfPig: letters in drawing order, with the x each was placed at.
/// Hebrew and Arabic come from the fallback face (DejaVu Sans).
/// </summary>
public sealed class RightToLeftTests
{
    private const string Shalom = "שלום";

    [Fact]
    public void A_hebrew_word_in_a_german_line_is_reversed_in_place_and_the_german_words_run_left_to_right()
    {
        using var rendered = new RenderedMarkup($"<p>Ein Zitat: „{Shalom}“ heißt Frieden.</p>");
        var letters = rendered.Letters.ToList();
        var hebrew = Shalom.Select(c => letters.Single(l => l.Value == c.ToString())).ToList();
        for (var i = 1; i < hebrew.Count; i++)
            Assert.True(hebrew[i].Left < hebrew[i - 1].Left, $"'{hebrew[i].Value}' is not left of '{hebrew[i - 1].Value}'");
        var zitat = XOf(letters, "Zitat:");
        var heisst = XOf(letters, "heißt");
        Assert.True(zitat < hebrew.Min(l => l.Left) && hebrew.Max(l => l.Right) < heisst, "the Hebrew word left its place between the German ones");
        Assert.True(XOf(letters, "Ein") < zitat && heisst < XOf(letters, "Frieden."));
    }

    [Fact]
    public void A_right_to_left_paragraph_ends_its_lines_at_the_right_margin_and_keeps_numbers_and_mirrors_brackets()
    {
        var sentence = $"{Shalom} לכולם! זהו מאמר בעברית על התוכנה (גרסה 2026): היא כותבת ספרים וקבצים בכל שבוע. ";
        using var rendered = new RenderedMarkup($"<div dir=\"rtl\"><p>{string.Concat(Enumerable.Repeat(sentence, 4))}</p></div>");
        var (_, right) = rendered.ColumnAt(rendered.Style.Margins.Left);
        var lines = rendered.Letters.GroupBy(l => Math.Round(l.Baseline, 1)).ToList();
        Assert.True(lines.Count >= 3, $"only {lines.Count} lines");
        Assert.All(lines, line => Assert.InRange(line.Max(l => l.Right), right - 0.5, right + 0.01)); // the last line too

        var first = lines[0].OrderBy(l => l.Left).Select(l => l.Value).ToList();
        var visual = string.Concat(first);
        // "(גרסה 2026):" reads from the right: the colon leftmost, then the bracket opening to the right, the number in its order.
        Assert.Contains(":(2026", visual);
        Assert.Contains("הסרג)", visual);
    }

    [Fact]
    public void A_table_in_a_right_to_left_block_stands_at_the_right_margin_and_one_outside_at_the_left()
    {
        const string table = "<table><tr><th>מפתח</th><th>ערך</th></tr><tr><td>א</td><td>ב</td></tr></table>";
        using var rtl = new RenderedMarkup($"<div dir=\"rtl\">{table}</div>");
        var (left, right) = rtl.ColumnAt(rtl.Style.Margins.Left);
        Assert.InRange(rtl.Letters.Max(l => l.Right), right - 10, right + 0.01); // the cell padding inside the frame
        Assert.True(rtl.Letters.Min(l => l.Left) > (left + right) / 2, "a narrow table stands at the right");

        using var ltr = new RenderedMarkup(table);
        Assert.InRange(ltr.Letters.Min(l => l.Left), left, left + 10);
    }

    [Fact]
    public void A_right_to_left_list_has_its_markers_right_of_the_text()
    {
        using var rendered = new RenderedMarkup($"<ul dir=\"rtl\"><li>{Shalom} עולם</li></ul>");
        var bullet = rendered.Letters.Single(l => l.Value == "•");
        Assert.True(rendered.Letters.Where(l => l.Value != "•").All(l => l.Right < bullet.Left), "a letter stands right of the bullet");
    }

    [Fact]
    public void Arabic_letters_are_drawn_in_their_joining_forms_from_the_right()
    {
        // مرحبا: meem initial, reh final, hah initial (reh does not join onwards), beh medial, alef final.
        using var rendered = new RenderedMarkup("<p dir=\"rtl\">مرحبا لا</p>");
        var letters = rendered.Letters.ToList();
        Assert.Equal("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E", string.Concat(letters.Where(l => l.Value[0] is >= '\uFE80' and < '\uFEF5').OrderByDescending(l => l.Left).Select(l => l.Value)));
        Assert.Single(letters, l => l.Value == "\uFEFB"); // lam and alef as their ligature
        Assert.True(letters.Single(l => l.Value == "\uFEFB").Right < letters.Single(l => l.Value == "\uFE8E").Left, "the second word is not left of the first");
    }

    [Fact]
    public void Urdu_letters_join_too()
    {
        // کھیل (game): keheh initial, heh doachashmee medial, farsi yeh medial, lam final; ٹوپی: tteh initial.
        using var rendered = new RenderedMarkup("<p dir=\"rtl\">کھیل ٹوپی</p>");
        var drawn = rendered.Letters.Select(l => l.Value[0]).ToList();
        Assert.Contains('\uFBAD', drawn); // ھ between two letters: medial
        Assert.Contains('\uFB68', drawn); // ٹ at a word's start: initial
        Assert.DoesNotContain(drawn, c => c is '\u06BE' or '\u0679'); // not left isolated
    }

    [Fact]
    public void Lam_and_alef_make_their_ligature_with_a_vowel_mark_between_them()
    {
        // لَا (no, with a fatha on the lam) alone and after beh: the ligature, isolated then final, the fatha after it.
        using var rendered = new RenderedMarkup("<p dir=\"rtl\">\u0644\u064E\u0627 \u0628\u0644\u064E\u0627</p>");
        var drawn = rendered.Letters.Select(l => l.Value[0]).ToList();
        Assert.Contains('\uFEFB', drawn);
        Assert.Contains('\uFEFC', drawn);
        Assert.DoesNotContain(drawn, c => c is '\u0644' or '\u0627' or '\uFE8E' or '\uFEDD' or '\uFEDE');
        Assert.Equal(2, drawn.Count(c => c == '\u064E'));
    }

    [Fact]
    public void A_zero_width_joiner_joins_a_letter_to_nothing_visible()
    {
        // بـ written as beh and ZWJ: its initial form; ZWJ and beh: its final form. The joiner itself is not drawn.
        using var rendered = new RenderedMarkup("<p dir=\"rtl\">\u0628\u200D \u200D\u0628</p>");
        var drawn = rendered.Letters.Select(l => l.Value[0]).ToList();
        Assert.Contains('\uFE91', drawn);
        Assert.Contains('\uFE90', drawn);
        Assert.DoesNotContain(drawn, c => c is '\u0628' or '\u200D');
    }

    /// <summary>Where the first letter of <paramref name="word"/> (drawn left to right) stands.</summary>
    private static double XOf(List<PlacedLetter> letters, string word)
    {
        for (var i = 0; i + word.Length <= letters.Count; i++)
            if (string.Concat(letters.Skip(i).Take(word.Length).Select(l => l.Value)) == word) return letters[i].Left;
        throw new Xunit.Sdk.XunitException($"'{word}' not drawn");
    }
}
