using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>Lengths in Unicode code points (clarification 10), never UTF-16 units.</summary>
public static class CodePoints
{
    /// <summary>Same count as <c>EnumerateRunes().Count()</c>; a fast path for text without surrogates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Count(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return text.Length;
        }

        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>The line up to its first space, markers such as <c>[2][Biden</c> included (spec §6.2).</summary>
    public static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> line)
    {
        var space = line.IndexOf(' ');
        return space < 0 ? line : line[..space];
    }
}
