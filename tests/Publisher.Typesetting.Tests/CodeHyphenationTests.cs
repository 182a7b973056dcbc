using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Hyphenation;
using Publisher.Typesetting.LineBreaking;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// Inline code is never hyphenated: a hyphen the typesetter adds inside <c>InitializeApplicationHost</c> would read as
/// part of the name. Code wider than the line breaks between characters without one; the words around it hyphenate.
/// </summary>
public sealed class CodeHyphenationTests
{
    private static readonly string[] Names =
    [
        "ConfigurationBuilderExtensions", "InitializeApplicationHost", "RegisterDependencyInjection", "ConfigureLoggingProviders",
        "ValidateConfigurationSections", "EnumerateDirectoriesRecursively", "CalculateChecksumForEveryFile",
    ];

    private static bool IsMonospaced(PlacedLetter letter) =>
        letter.FontName[(letter.FontName.IndexOf('+') + 1)..].Replace(" ", "").StartsWith(FontLibrary.MonospaceFamily.Replace(" ", ""), StringComparison.Ordinal);

    [Fact]
    public void Code_in_paragraphs_list_items_table_cells_and_headings_prints_without_added_hyphens_and_words_still_hyphenate()
    {
        string Code(int from, int count, string between) => string.Join(between, Names.Skip(from).Take(count).Select(n => $"<code>{n}</code>"));
        const string words = "Verkehrsberuhigungsmaßnahmen und Straßenbahnhaltestellen";
        var body = $"<p>Wir rufen {Code(0, 7, " und dann ")} auf; {words} bleiben trennbar.</p>"
                   + $"<ul><li>Mit {Code(1, 3, " oder ")} beginnt es.</li></ul>"
                   + $"<table><thead><tr><th>Name</th><th>Zweck</th></tr></thead><tbody><tr><td>{Code(3, 2, " ")}</td><td>Start</td></tr></tbody></table>"
                   + $"<h2>Über {Code(5, 2, " und ")}</h2>";
        using var rendered = new RenderedMarkup(body, "data-page-size=\"A5\" data-columns=\"2\" data-margin=\"36\"");

        var code = string.Concat(rendered.Letters.Where(IsMonospaced).Select(l => l.Value));
        string[] printed = [.. Names, .. Names.Skip(1).Take(3), .. Names.Skip(3).Take(2), .. Names.Skip(5).Take(2)];
        Assert.Equal(string.Concat(printed), code);
        // The column is narrow enough that the words around the code are hyphenated at the ends of lines.
        var hyphenated = rendered.Pages.SelectMany(page => page.GroupBy(l => Math.Round(l.Baseline, 1)))
            .Count(line => line.Last().Value == "-" && !IsMonospaced(line.Last()));
        Assert.True(hyphenated > 0, "no word was hyphenated");
    }

    [Fact]
    public void Code_wider_than_the_measure_breaks_between_characters_without_a_hyphen()
    {
        const string name = "KnuthPlassLineBreakerWithHyphenationAndEmergencyStretch";
        var format = new ParagraphFormat { Family = FontLibrary.SerifFamily, Size = 10, Language = "en", Alignment = TextAlignment.Left };
        const double width = 90;
        var lines = ParagraphSetter.Set([new TextRun("Call "), new TextRun(name, InlineStyle.Code), new TextRun(" now.")],
            format, width, 0.85, HyphenationLibrary.Default);

        Assert.True(lines.Count >= 4, $"{lines.Count} lines");
        Assert.All(lines, line => Assert.True(line.Width <= width + 0.01, $"'{line.PlainText}' is {line.Width:0.00}pt wide"));
        var code = lines.SelectMany(line => line.Texts).Where(t => t.Style.Face.Family == FontLibrary.MonospaceFamily);
        Assert.Equal(name, string.Concat(code.Select(t => t.Text)));
    }

    [Fact]
    public void Breaks_that_add_a_hyphen_are_dropped_inside_code_and_at_its_edges_the_others_kept()
    {
        var style = new TextPiece("", new FontFaceKey(FontLibrary.SerifFamily, false, false), 10, 0, null);
        // "ab" + "code" + "cd": offsets 2 and 6 are code's edges.
        List<PieceText> segments = [new("ab", style), new("code", style), new("cd", style)];
        List<BreakOpportunity> breaks =
        [
            new(1, true, WordSplitter.HyphenPenalty), new(2, true, WordSplitter.HyphenPenalty), new(3, true, WordSplitter.HyphenPenalty),
            new(4, false, WordSplitter.EmergencyPenalty), new(6, true, WordSplitter.HyphenPenalty), new(7, true, WordSplitter.HyphenPenalty),
        ];
        var kept = CodeText.WithoutHyphens(segments, [false, true, false], breaks);
        Assert.Equal([1, 4, 7], kept.Select(b => b.Offset));
        Assert.Same(breaks, CodeText.WithoutHyphens(segments, [false, false, false], breaks));
    }
}
