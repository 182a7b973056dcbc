using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §2.3: drops C0 controls (TAB becomes a space), DEL, C1 controls and U+FEFF, then trims U+0020.
/// Runs before any length is measured.
/// </summary>
internal static class TazLineCleaner
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Clean(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAnyInRange('\u0000', '\u001F') < 0 &&
            line.IndexOfAnyInRange('\u007F', '\u009F') < 0 &&
            line.IndexOf('\uFEFF') < 0)
        {
            return line.Trim(' ').ToString();
        }

        Span<char> buffer = line.Length <= 512 ? stackalloc char[line.Length] : new char[line.Length];
        var length = 0;
        foreach (var c in line)
        {
            if (c == '\t')
            {
                buffer[length++] = ' ';
            }
            else if (!IsDropped(c))
            {
                buffer[length++] = c;
            }
        }

        return buffer[..length].Trim(' ').ToString();
    }

    private static bool IsDropped(char c) => c < '\u0020' || (c >= '\u007F' && c <= '\u009F') || c == '\uFEFF';
}
