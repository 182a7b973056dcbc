using System.Text;
using CsCheck;

namespace Publisher.Templating.Tests;

/// <summary>
/// Escaping searches ASCII-only text with a smaller set (the fast path); whatever the text, it must give what the
/// plain character-by-character reading gives.
/// </summary>
public sealed class MarkupPropertyTests
{
    /// <summary>Plain and non-ASCII letters, the five specials, controls, C1, BOM, noncharacters, paired and lone surrogates.</summary>
    private static readonly Gen<string> Texts =
        Gen.OneOf(
                Gen.OneOf("a", "Z", " ", "ü", "ß", "–", "„", "“", "…", "é"),
                Gen.OneOf("&", "<", ">", "\"", "'"),
                Gen.OneOf("\t", "\n", "\r", "\0", "\u0001", "\u001F", "\u007F", "\u0085", "\u009F", "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD"),
                Gen.OneOf("\U0001F600", "\uD83D", "\uDE00", "\uD800\uD800", "\uDBFF\uDFFF"),
                Gen.Char.Select(c => c.ToString()))
            .Array[0, 40]
            .Select(string.Concat);

    [Fact]
    public void Escape_equals_the_character_by_character_reading() =>
        Texts.Sample(text => Assert.Equal(Reference(text), Markup.Escape(text)), iter: 20000);

    [Fact]
    public void AppendEscaped_equals_the_character_by_character_reading() =>
        Texts.Sample(text =>
        {
            var builder = new StringBuilder("x");
            Markup.AppendEscaped(builder, text);
            Assert.Equal("x" + Reference(text), builder.ToString());
        }, iter: 20000);

    private static string Reference(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n' or '\r': builder.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) builder.Append(c).Append(text[++i]);
                    else if (!char.IsSurrogate(c)) builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }
}
