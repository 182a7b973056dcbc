using System.Buffers;
using System.Text;
using Publisher.Core.Parsing;

namespace Publisher.Templating;

/// <summary>XML-safe text: the five special characters escaped; characters XML 1.0 forbids removed.</summary>
public static class Markup
{
    /// <summary>What escaping changes: the five specials, control characters but tab and line ends, U+FFFE, U+FFFF and surrogates (dropped unless paired).</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        AsciiSpecials + "\uFFFE\uFFFF" + CharRanges.Text('\uD800', '\uDFFF'));

    /// <summary>
    /// The ASCII part of <see cref="Special"/>. A set of ASCII characters is searched fully vectorised; the whole set,
    /// with its two thousand surrogates, falls back to a slow probe at every non-ASCII character (umlauts, dashes).
    /// </summary>
    private static readonly SearchValues<char> AsciiSpecial = SearchValues.Create(AsciiSpecials);

    private static string AsciiSpecials =>
        "&<>\"'" + string.Concat(Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c));

    /// <summary>The escaped text; the same string when nothing needs escaping.</summary>
    public static string Escape(string text)
    {
        if (SpecialsIn(text) is not { } special || !text.AsSpan().ContainsAny(special)) return text;
        var builder = new StringBuilder(text.Length + 16);
        AppendEscaped(builder, text, special);
        return builder.ToString();
    }

    public static void AppendEscaped(StringBuilder builder, string text)
    {
        if (SpecialsIn(text) is { } special) AppendEscaped(builder, text, special);
        else builder.Append(text);
    }

    /// <summary>
    /// The set to search <paramref name="text"/> for: <see cref="AsciiSpecial"/> when it holds none of the non-ASCII
    /// specials (two range scans tell), else <see cref="Special"/>; null for empty text.
    /// </summary>
    private static SearchValues<char>? SpecialsIn(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return null;
        return text.ContainsAny(Surrogates) || text.ContainsAny(NonCharacters) ? Special : AsciiSpecial;
    }

    private static readonly SearchValues<char> Surrogates = CharRanges.Set('\uD800', '\uDFFF');
    private static readonly SearchValues<char> NonCharacters = SearchValues.Create("\uFFFE\uFFFF");

    private static void AppendEscaped(StringBuilder builder, string text, SearchValues<char> special)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var next = rest.IndexOfAny(special);
            if (next < 0)
            {
                builder.Append(rest);
                return;
            }
            builder.Append(rest[..next]);
            var c = rest[next];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && next + 1 < rest.Length && char.IsLowSurrogate(rest[next + 1])) builder.Append(c).Append(rest[++next]);
                    break; // anything else here is a character XML forbids
            }
            rest = rest[(next + 1)..];
        }
    }
}
