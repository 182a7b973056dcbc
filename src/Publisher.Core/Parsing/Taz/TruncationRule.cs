using System.Runtime.CompilerServices;
using System.Text;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §5: taz's renderer cuts every line longer than 80 UTF-8 bytes to its first 79 bytes and appends
/// <c>…</c>; a cut inside a multi-byte character leaves one U+FFFD before the <c>…</c>.
/// </summary>
public static class TruncationRule
{
    public const char Ellipsis = '\u2026';
    public const char Replacement = '\uFFFD';
    public const int KeptBytes = 79;

    /// <summary>Whether the whole unframed, cleaned line (with its prefix) was cut.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsTruncated(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || line[^1] != Ellipsis)
        {
            return false;
        }

        var before = line[..^1];
        if (Encoding.UTF8.GetByteCount(before) == KeptBytes)
        {
            return true;
        }

        if (before.Length == 0 || before[^1] != Replacement)
        {
            return false;
        }

        var beforeReplacement = Encoding.UTF8.GetByteCount(before[..^1]);
        return beforeReplacement is >= 76 and <= 78;
    }

    /// <summary>A U+FFFD directly before the final <c>…</c> carries no information: drop it.</summary>
    public static string DropReplacementBeforeEllipsis(string text) =>
        text.Length >= 2 && text[^1] == Ellipsis && text[^2] == Replacement
            ? string.Concat(text.AsSpan(0, text.Length - 2), "\u2026")
            : text;

    /// <summary>Applies the renderer's cut to a line (used by the sample generator for truncation cases).</summary>
    public static string Cut(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        if (bytes.Length <= 80)
        {
            return line;
        }

        return new UTF8Encoding(false, false).GetString(bytes, 0, KeptBytes) + Ellipsis;
    }
}
