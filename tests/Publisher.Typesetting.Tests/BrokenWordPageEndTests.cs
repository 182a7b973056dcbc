using System.Text;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Layout;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// A page or column does not end with a hyphenated line (`stra-` | `ßenbahn`, TeX's \brokenpenalty): where a paragraph
/// splits after one, the split moves up to the nearest line that ends a word, as long as the orphan rule holds (two lines
/// at a paragraph's start, one when it goes on from the column before); only when every such line ends inside a word too
/// does the hyphen stay.
/// </summary>
public sealed class BrokenWordPageEndTests
{
    [Theory]
    [InlineData("data-page-size=\"A5\"")]
    [InlineData("data-page-size=\"A5\" data-columns=\"2\"")]
    public void No_column_ends_with_a_hyphen_a_line_higher_could_avoid(string bodyAttributes)
    {
        // Long German compounds in a narrow measure: the paragraph is hyphenated on many of its lines.
        var paragraph = SampleText.Paragraph(new Random(11), german: true, sentences: 40);
        var moved = 0;
        var hyphenEnds = 0;
        for (var filler = 0; filler <= 40; filler++)
        {
            var markup = new StringBuilder();
            for (var i = 0; i < filler; i++) markup.Append($"<p>Zeile {i + 1}.</p>");
            markup.Append($"<p id=\"long\">{paragraph}</p>");
            var read = XhtmlReader.Read($"<html lang=\"de\"><body {bodyAttributes}>{markup}</body></html>", "hyphen.xhtml", new TypesettingStyle());
            var style = read.Style;
            var (plan, flows) = new Typesetter(style).Layout(new TypesetDocument(read.Blocks, RenderFixture.Info));
            var index = flows.FindIndex(flow => flow.Attributes.Id == "long");
            var flow = (TextFlow)flows[index];
            var bottom = style.Page.Height - style.Margins.Bottom;
            foreach (var slice in plan.Pages.SelectMany(page => page.Placements).Where(p => p.Flow == index && p.ToLine < flow.LineCount))
            {
                var minimum = slice.FromLine == 0 ? style.Orphans : 1;
                if (Hyphenated(flow, slice.ToLine - 1))
                {
                    hyphenEnds++;
                    for (var split = slice.FromLine + minimum; split < slice.ToLine; split++)
                        Assert.True(Hyphenated(flow, split - 1), $"{filler} lines before: column ends with '{flow.Lines[slice.ToLine - 1].PlainText}', could end with '{flow.Lines[split - 1].PlainText}'");
                }
                // How many lines would have filled the column: fewer stand there when the split moved up past a hyphen.
                var room = bottom - slice.Y - (slice.FromLine == 0 && !slice.AtColumnTop ? flow.SpaceBefore : 0);
                var filling = slice.FromLine;
                while (filling < flow.LineCount && room >= flow.Lines[filling].Height - 0.001) room -= flow.Lines[filling++].Height;
                if (filling > slice.ToLine && flow.LineCount - filling >= style.Widows && Hyphenated(flow, filling - 1)) moved++;
            }
        }
        Assert.True(moved > 0, "no split in the sweep fell after a hyphenated line");
        Assert.True(hyphenEnds < moved, $"{hyphenEnds} hyphens at a column's end, {moved} splits moved up");
    }

    private static bool Hyphenated(TextFlow flow, int line) => flow.Lines[line].PlainText.TrimEnd() is var text && (text.EndsWith('-') || text.EndsWith('\u2010'));
}
