using Publisher.Typesetting.Document;
using Publisher.Typesetting.Fonts;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.LineBreaking;

/// <summary>
/// Sets preformatted text line by line as written, without Knuth–Plass (there is nothing to choose):
/// each '\n' or <see cref="HardBreak"/> ends a line, every space (no-break spaces too) keeps its width,
/// a tab moves on to the next multiple of <see cref="TabColumns"/> characters. A line's leading white
/// space becomes the offset of its first piece rather than drawn spaces. A line wider than the measure
/// wraps after its last space that fits, else between two characters; its continuation lines are
/// indented <see cref="ContinuationIndent"/> characters deeper than the line, so they read as part of
/// it, and marked in that indent (<see cref="ContinuationMark"/>), so they are not read as lines of their own.
/// Indents are capped at half the measure, so no piece reaches past the measure.
/// </summary>
public static class PreformattedSetter
{
    public const int TabColumns = 8;
    public const int ContinuationIndent = 2;

    public static List<LineBox> Set(IReadOnlyList<Inline> content, ParagraphFormat format, double lineWidth, double smallScale)
    {
        var lines = new List<LineBox>();
        var wrapper = new LineWrapper(lineWidth, format.Leading, ParagraphSetter.BaselineOf(format),
            FontMetrics.For(format.Face).Width(' ', format.Size), format.Size, lines);
        var line = new SourceLine();
        foreach (var inline in content)
        {
            if (inline is not TextRun run)
            {
                wrapper.Set(line);
                continue;
            }
            var style = ParagraphItemsBuilder.StyleOf(run, format, smallScale);
            var metrics = FontMetrics.For(style.Face);
            var space = metrics.Width(' ', style.Size);
            foreach (var c in run.Text)
            {
                switch (c)
                {
                    case '\n':
                        wrapper.Set(line);
                        break;
                    case '\r':
                        break;
                    case '\t':
                        for (var column = line.Count % TabColumns; column < TabColumns; column++) line.Add(' ', space, style);
                        break;
                    default:
                        line.Add(c, metrics.Width(c, style.Size), style);
                        break;
                }
            }
        }
        if (line.Count > 0) wrapper.Set(line); // text after the last newline; a final newline adds no empty line
        return lines;
    }

    /// <summary>One line of the source: its characters, their advances and styles.</summary>
    private sealed class SourceLine
    {
        public readonly List<char> Characters = [];
        public readonly List<double> Widths = [];
        public readonly List<TextPiece> Styles = [];

        public int Count => Characters.Count;

        public void Add(char c, double width, TextPiece style)
        {
            Characters.Add(c);
            Widths.Add(width);
            Styles.Add(style);
        }

        public void Clear()
        {
            Characters.Clear();
            Widths.Clear();
            Styles.Clear();
        }
    }

    /// <summary>Cuts a source line into set lines no wider than the measure.</summary>
    private sealed class LineWrapper(double lineWidth, double leading, double baseline, double space, double size, List<LineBox> output)
    {
        private const double Tolerance = 0.001;

        /// <summary>Sets <paramref name="line"/> and clears it for the next one.</summary>
        public void Set(SourceLine line)
        {
            var chars = line.Characters;
            var n = chars.Count;
            var position = 0;
            double indent = 0;
            while (position < n && char.IsWhiteSpace(chars[position])) indent += line.Widths[position++];
            var left = Math.Min(indent, lineWidth / 2);
            var continuationLeft = Math.Min(indent + ContinuationIndent * space, lineWidth / 2);
            ContinuationMark? continuation = null;
            if (position == n) output.Add(new LineBox([], 0, leading, baseline));
            while (position < n)
            {
                var end = position;
                var x = left;
                while (end < n && x + line.Widths[end] <= lineWidth + Tolerance) x += line.Widths[end++];
                var cut = end == n ? n : BreakBefore(chars, position, end);
                Emit(line, position, cut, left, continuation);
                position = cut;
                while (position < n && char.IsWhiteSpace(chars[position])) position++;
                left = continuationLeft;
                if (position < n)
                    continuation ??= new ContinuationMark(continuationLeft - ContinuationIndent * space, ContinuationIndent * space, size);
            }
            line.Clear();
        }

        /// <summary>Where a line from <paramref name="start"/> that overflows at <paramref name="overflow"/> ends: at its last space, else before the character that overflows.</summary>
        private static int BreakBefore(List<char> chars, int start, int overflow)
        {
            for (var k = overflow; k > start; k--)
            {
                if (char.IsWhiteSpace(chars[k])) return k;
            }
            var cut = Math.Max(overflow, start + 1);
            if (cut < chars.Count && cut - 1 > start && char.IsLowSurrogate(chars[cut])) cut--; // never between the halves of a pair
            return cut;
        }

        /// <summary>Places characters [from, to) (trailing spaces dropped) at <paramref name="left"/>: one piece per style.</summary>
        private void Emit(SourceLine line, int from, int to, double left, ContinuationMark? continuation)
        {
            while (to > from && char.IsWhiteSpace(line.Characters[to - 1])) to--;
            var texts = new List<PlacedText>();
            var x = left;
            var start = from;
            for (var i = from; i <= to; i++)
            {
                if (i < to && line.Styles[i].Equals(line.Styles[start])) continue;
                var width = 0.0;
                for (var j = start; j < i; j++) width += line.Widths[j];
                if (i > start)
                {
                    var text = new string(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(line.Characters)[start..i]);
                    texts.Add(new PlacedText(x, width, text, line.Styles[start]));
                }
                x += width;
                start = i;
            }
            var (height, lineBaseline) = (leading, baseline);
            RaisedText.Fit(texts, ref height, ref lineBaseline);
            output.Add(new LineBox(texts.ToArray(), x, height, lineBaseline) { Continuation = continuation });
        }
    }
}
