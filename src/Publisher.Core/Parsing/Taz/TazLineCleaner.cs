using System.Text;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §2.3: drops C0 controls (TAB becomes a space), DEL, C1 controls and U+FEFF, then trims U+0020.
/// Runs before any length is measured.
/// </summary>
internal static class TazLineCleaner
{
    public static string Clean(string line)
    {
        if (!NeedsCleaning(line))
        {
            return TrimSpaces(line);
        }

        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (!IsDropped(c))
            {
                builder.Append(c);
            }
        }

        return TrimSpaces(builder.ToString());
    }

    private static bool NeedsCleaning(string line)
    {
        foreach (var c in line)
        {
            if (c == '\t' || IsDropped(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDropped(char c) => c < '\u0020' || (c >= '\u007F' && c <= '\u009F') || c == '\uFEFF';

    private static string TrimSpaces(string line) =>
        line.Length > 0 && (line[0] == ' ' || line[^1] == ' ') ? line.Trim(' ') : line;
}
