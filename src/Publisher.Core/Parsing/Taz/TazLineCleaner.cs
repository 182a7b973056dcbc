using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §2.3: drops C0 controls (TAB becomes a space), DEL, C1 controls and U+FEFF, then trims U+0020.
/// Runs before any length is measured.
/// </summary>
internal static class TazLineCleaner
{
    /// <summary>
    /// Cleans <paramref name="line"/> in place (dropped characters close up towards its start) and returns
    /// the range of the cleaned, trimmed text within it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Range Clean(Span<char> line)
    {
        var length = line.Length;
        if (line.IndexOfAnyInRange('\u0000', '\u001F') >= 0 ||
            line.IndexOfAnyInRange('\u007F', '\u009F') >= 0 ||
            line.IndexOf('\uFEFF') >= 0)
        {
            length = 0;
            foreach (var c in line)
            {
                if (c == '\t')
                {
                    line[length++] = ' ';
                }
                else if (!IsDropped(c))
                {
                    line[length++] = c;
                }
            }
        }

        var kept = line[..length];
        var start = length - kept.TrimStart(' ').Length;
        return start..(start + kept.Trim(' ').Length);
    }

    private static bool IsDropped(char c) => c < '\u0020' || (c >= '\u007F' && c <= '\u009F') || c == '\uFEFF';
}
