using System.Buffers;
using System.Text;

namespace Publisher.Templating;

/// <summary>XML-safe text: the five special characters escaped; characters XML 1.0 forbids removed.</summary>
public static class Markup
{
    /// <summary>What escaping changes: the five specials, control characters but tab and line ends, U+FFFE, U+FFFF and surrogates (dropped unless paired).</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"'" + string.Concat(Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c))
        + "\uFFFE\uFFFF" + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    /// <summary>The escaped text; the same string when nothing needs escaping.</summary>
    public static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAny(Special)) return text;
        var builder = new StringBuilder(text.Length + 16);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    public static void AppendEscaped(StringBuilder builder, string text)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var next = rest.IndexOfAny(Special);
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
