using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Splits the lines after the header zone into the body region (up to the first section header) and
/// the lines of each section. A repeated header adds to the same section. The body stays a range of the
/// file's lines: every line after the first section header belongs to a section.
/// </summary>
internal sealed class TazSections
{
    private static readonly (TazSectionKind Kind, string Header, string Name)[] Known =
    [
        (TazSectionKind.Links, "## LINKS", "LINKS"),
        (TazSectionKind.Tags, "## TAGS", "TAGS"),
        (TazSectionKind.Related, "## ARTIKEL ZUM THEMA", "ARTIKEL ZUM THEMA"),
    ];

    private readonly Dictionary<TazSectionKind, List<TazLine>> sections = [];

    private TazSections(int bodyStart, int bodyEnd)
    {
        BodyStart = bodyStart;
        BodyEnd = bodyEnd;
    }

    /// <summary>Index of the first body line in the file's lines.</summary>
    public int BodyStart { get; }

    /// <summary>Index just after the last body line (the first section header, or the end).</summary>
    public int BodyEnd { get; private set; }

    public IReadOnlyList<TazLine> this[TazSectionKind kind] =>
        sections.TryGetValue(kind, out var lines) ? lines : [];

    /// <summary>Section names in the canonical order LINKS, TAGS, ARTIKEL ZUM THEMA.</summary>
    public IEnumerable<string> PresentNames =>
        Known.Where(k => sections.ContainsKey(k.Kind)).Select(k => k.Name);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TazSections Split(List<TazLine> lines, int start)
    {
        var result = new TazSections(start, lines.Count);
        List<TazLine>? current = null;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (TryHeader(line.Text, out var kind))
            {
                if (current is null)
                {
                    result.BodyEnd = i;
                }

                if (!result.sections.TryGetValue(kind, out current))
                {
                    current = new List<TazLine>(LinesBeforeHeader(lines, i + 1));
                    result.sections[kind] = current;
                }

                continue;
            }

            current?.Add(line);
        }

        return result;
    }

    /// <summary>How many lines from <paramref name="start"/> come before the next section header (or the end).</summary>
    private static int LinesBeforeHeader(List<TazLine> lines, int start)
    {
        var end = start;
        while (end < lines.Count && !TryHeader(lines[end].Text, out _))
        {
            end++;
        }

        return end - start;
    }

    public static bool TryHeader(ReadOnlySpan<char> text, out TazSectionKind kind)
    {
        if (text.StartsWith("## "))
        {
            foreach (var known in Known)
            {
                if (text.SequenceEqual(known.Header))
                {
                    kind = known.Kind;
                    return true;
                }
            }
        }

        kind = default;
        return false;
    }
}
