using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Splits the lines after the header zone into the body region (up to the first section header) and
/// the lines of each section. A repeated header adds to the same section. The body stays a range of the
/// file's lines: every line after the first section header belongs to a section. The section lists are
/// the thread's own, used again by its next article: Dispose once the sections are read.
/// </summary>
internal sealed class TazSections : IDisposable
{
    private static readonly (TazSectionKind Kind, string Header, string Name)[] Known =
    [
        (TazSectionKind.Links, "## LINKS", "LINKS"),
        (TazSectionKind.Tags, "## TAGS", "TAGS"),
        (TazSectionKind.Related, "## ARTIKEL ZUM THEMA", "ARTIKEL ZUM THEMA"),
    ];

    /// <summary>A list per kind (by its number), kept from the thread's previous article; null while one is being read.</summary>
    [ThreadStatic]
    private static List<TazLine>[]? cachedLists;

    private readonly List<TazLine>[] lists;
    /// <summary>Bit (1 &lt;&lt; kind) set for each section the file has.</summary>
    private int present;

    private TazSections(int bodyStart, int bodyEnd, List<TazLine>[] lists)
    {
        BodyStart = bodyStart;
        BodyEnd = bodyEnd;
        this.lists = lists;
    }

    /// <summary>Index of the first body line in the file's lines.</summary>
    public int BodyStart { get; }

    /// <summary>Index just after the last body line (the first section header, or the end).</summary>
    public int BodyEnd { get; private set; }

    public IReadOnlyList<TazLine> this[TazSectionKind kind] => (present & (1 << (int)kind)) != 0 ? lists[(int)kind] : [];

    /// <summary>Section names in the canonical order LINKS, TAGS, ARTIKEL ZUM THEMA.</summary>
    public IEnumerable<string> PresentNames =>
        Known.Where(k => (present & (1 << (int)k.Kind)) != 0).Select(k => k.Name);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TazSections Split(List<TazLine> lines, int start)
    {
        var lists = cachedLists ?? [[], [], []];
        cachedLists = null;
        var result = new TazSections(start, lines.Count, lists);
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

                current = lists[(int)kind];
                result.present |= 1 << (int)kind;
                continue;
            }

            current?.Add(line);
        }

        return result;
    }

    public void Dispose()
    {
        var small = true;
        foreach (var list in lists)
        {
            list.Clear();
            small &= list.Capacity <= 1 << 12;
        }

        // Lists grown by a huge file are not kept for the rest of the build.
        cachedLists = small ? lists : null;
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
