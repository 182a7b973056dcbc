using System.Buffers;

namespace Publisher.Core.Parsing;

/// <summary>
/// Ranges of characters as text and as search sets. Searching a set is used instead of
/// MemoryExtensions.*InRange: those are generic over the bounds and box them in precompiled code.
/// </summary>
public static class CharRanges
{
    /// <summary>Every character from <paramref name="first"/> to <paramref name="last"/>, both included, as one string.</summary>
    public static string Text(char first, char last) =>
        string.Create(last - first + 1, first, static (chars, from) =>
        {
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)(from + i);
        });

    /// <summary>Every character from <paramref name="first"/> to <paramref name="last"/>, both included, as a search set.</summary>
    public static SearchValues<char> Set(char first, char last) => SearchValues.Create(Text(first, last));
}
