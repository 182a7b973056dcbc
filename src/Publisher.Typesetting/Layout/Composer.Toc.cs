using System.Globalization;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.LineBreaking;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Layout;

public sealed partial class Composer
{
    private const double LeaderGap = 4;
    private const double LevelIndent = 14;

    /// <summary>
    /// One text flow per entry: the title set ragged in the space left of a fixed number column
    /// (so the layout does not depend on the numbers), dot leaders, the right-aligned page number
    /// of the entry's target; every piece links to the target. Tagged as a TOC of TOCI elements, a deeper level's
    /// entries in a TOC of their own inside it.
    /// </summary>
    private IEnumerable<Flowable> ComposeToc(TableOfContents toc, IReadOnlyDictionary<string, int> pageNumbers, StructureNode parent)
    {
        var flows = new List<Flowable>(toc.Entries.Count);
        var tocs = new List<(int Level, StructureNode Node)> { (1, new StructureNode("TOC", parent, toc.Attributes.Language)) };
        foreach (var entry in toc.Entries)
        {
            var level = Math.Max(1, entry.Level);
            while (tocs.Count > 1 && tocs[^1].Level > level) tocs.RemoveAt(tocs.Count - 1);
            while (tocs[^1].Level < level) tocs.Add((tocs[^1].Level + 1, new StructureNode("TOC", tocs[^1].Node)));
            var format = new ParagraphFormat
            {
                Family = level == 1 ? style.HeadingFamily : style.BodyFamily,
                FallbackFamily = style.FallbackFamily,
                Size = level == 1 ? style.BodySize : style.BodySize * 0.95,
                Bold = level == 1,
                Alignment = TextAlignment.Left,
                LineHeight = 1.3,
                SpaceBefore = level == 1 ? style.BodySize * 0.9 : 0,
                SpaceAfter = level == 1 ? 2 : 1,
                KeepWithNext = level == 1,
                KeepTogether = true,
                Hyphenate = false,
                Language = toc.Attributes.Language ?? style.Language,
            };
            var link = "#" + entry.TargetId;
            var indent = (level - 1) * LevelIndent;
            var numberFace = format.Face;
            var numberColumn = FontMetrics.For(numberFace).Width("0000", format.Size);
            var titleWidth = style.ColumnWidth - indent - numberColumn - 3 * LeaderGap;
            IReadOnlyList<Inline> title = entry.Runs is { } runs ? [.. runs.Select(run => run with { Link = link })] : [new TextRun(entry.Text, InlineStyle.None, link)];
            var lines = ParagraphSetter.Set(title, format, titleWidth, style.SmallScale, hyphenation);
            var number = pageNumbers.TryGetValue(entry.TargetId, out var page) ? page.ToString(CultureInfo.InvariantCulture) : "";
            lines[^1] = WithLeaderAndNumber(lines[^1], format, style.ColumnWidth - indent, numberColumn, number, link);
            flows.Add(new TextFlow
            {
                Attributes = new BlockAttributes(ClassName: "toc"),
                Node = new StructureNode("TOCI", tocs[^1].Node),
                Lines = lines,
                SpaceBefore = format.SpaceBefore,
                SpaceAfter = format.SpaceAfter,
                IndentLeft = indent,
                KeepWithNext = format.KeepWithNext,
                KeepTogether = true,
            });
        }
        return flows;
    }

    private static LineBox WithLeaderAndNumber(LineBox line, ParagraphFormat format, double width, double numberColumn,
        string number, string link)
    {
        var metrics = FontMetrics.For(format.Face);
        var leaderFace = format.Face with { Bold = false };
        var leaderMetrics = FontMetrics.For(leaderFace);
        var texts = line.Texts.ToList();
        var dotPitch = leaderMetrics.Width(" .", format.Size);
        var leaderEnd = width - numberColumn - LeaderGap;
        var leaderStart = line.Width + LeaderGap;
        var dots = (int)Math.Floor((leaderEnd - leaderStart) / dotPitch);
        var template = new TextPiece("", format.Face, format.Size, 0x777777, link);
        if (dots > 0)
        {
            // Dots on a common grid (measured from the right) so the leaders of all entries line up.
            var text = string.Concat(Enumerable.Repeat(" .", dots));
            texts.Add(new PlacedText(leaderEnd - dots * dotPitch, dots * dotPitch, template with { Text = text, Face = leaderFace, IsArtifact = true }));
        }
        if (number.Length > 0)
        {
            var numberWidth = metrics.Width(number, format.Size);
            texts.Add(new PlacedText(width - numberWidth, numberWidth, template with { Text = number, Color = format.Color }));
        }
        return line with { Texts = texts, Width = width };
    }
}
