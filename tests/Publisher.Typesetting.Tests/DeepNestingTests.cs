using System.Text;
using Publisher.Typesetting.Layout;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// Quotes and lists nested as deep as a Markdown file may nest them still set: nesting stops indenting before the
/// measure gets too narrow for text (18 quotes used to leave no width at all and the line breaker gave up).
/// </summary>
public sealed class DeepNestingTests
{
    private const int Depth = 40;
    private const string Words = "Ein Satz mit gewöhnlichen Wörtern, lang genug, um über mehrere Zeilen zu laufen, wenn die Spalte schmal wird.";

    public static TheoryData<string, string> Layouts => new()
    {
        { "one column", "" },
        { "two columns on A5", "data-page-size=\"A5\" data-columns=\"2\"" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Forty_nested_quotes_set_every_level_inside_the_frame(string layout, string attributes)
    {
        var body = new StringBuilder();
        for (var level = 1; level <= Depth; level++) body.Append($"<blockquote><p>Q{level}: {Words}</p>");
        for (var level = 1; level <= Depth; level++) body.Append("</blockquote>");
        AssertSetInsideTheFrame(body.ToString(), attributes, "Q", layout);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_list_forty_levels_deep_sets_every_level_inside_the_frame(string layout, string attributes)
    {
        var body = new StringBuilder();
        for (var level = 1; level <= Depth; level++) body.Append($"<ul><li><p>L{level}: {Words}</p>");
        for (var level = 1; level <= Depth; level++) body.Append("</li></ul>");
        AssertSetInsideTheFrame(body.ToString(), attributes, "L", layout);
    }

    private static void AssertSetInsideTheFrame(string body, string attributes, string prefix, string layout)
    {
        using var rendered = new RenderedMarkup(body, attributes);
        var text = rendered.Text;
        for (var level = 1; level <= Depth; level++) Assert.Contains($"{prefix}{level}:", text);
        rendered.AssertInsideTheFrame();
        var style = rendered.Style;
        foreach (var flow in rendered.Result.Flows.OfType<TextFlow>())
            Assert.True(style.ColumnWidth - flow.IndentLeft >= style.ColumnWidth / 3 - 0.01,
                $"{layout}: a nested block starts {flow.IndentLeft:0.#} pt into a {style.ColumnWidth:0.#} pt column");
    }
}
