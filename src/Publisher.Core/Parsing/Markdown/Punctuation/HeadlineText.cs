using System.Buffers;
using System.Text;

namespace Publisher.Core.Parsing.Markdown.Punctuation;

/// <summary>
/// A title or kicker with the body's punctuation, as Hugo's <c>.Title | markdownify</c> and pandoc's metadata show
/// them: its straight quotes, dashes and dots set as the same text would be in a paragraph of the body, in the article's
/// language. Nothing else in it is read as Markdown: <c>*</c>, <c>_</c>, <c>`</c>, <c>&lt;b&gt;</c> and <c>&amp;amp;</c> are
/// the characters written, as a title has always been text.
/// </summary>
internal static class HeadlineText
{
    /// <summary>The characters punctuation is made from: straight quotes, hyphens (<c>--</c>) and dots (<c>...</c>).</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("'\"-.");

    /// <summary>
    /// <paramref name="text"/> (one line, written on front matter line <paramref name="line"/>) with its punctuation set;
    /// as written when <paramref name="punctuation"/> is off or there is none to set.
    /// </summary>
    public static string Punctuated(string text, int line, ParseContext context, SmartPunctuation punctuation)
    {
        if (!punctuation.IsOn || !HasPunctuation(text)) return text;
        // Every other ASCII punctuation character escaped, so that Markdig reads nothing but the marks; the paragraph is
        // one line and escapes leave nothing to nest, so the conversion cannot fail.
        var escaped = SummaryText.AsOneParagraph(EscapeAllBut(text));
        if (new MarkdownBodyConverter(context, line - 1, punctuation).Convert(escaped) is not { } blocks) return text;
        return TextCleaning.CollapseWhitespace(string.Concat(blocks.SelectMany(BlockText.Texts)));
    }

    /// <summary>Whether <paramref name="text"/> has a straight quote, <c>--</c> or <c>...</c>, which a paragraph would set.</summary>
    public static bool HasPunctuation(string text) =>
        text.AsSpan().IndexOfAny(Marks) >= 0
        && (text.Contains('\'') || text.Contains('"') || text.Contains("--", StringComparison.Ordinal) || text.Contains("...", StringComparison.Ordinal));

    /// <summary><paramref name="text"/> with a backslash before each ASCII punctuation character but the marks.</summary>
    private static string EscapeAllBut(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || !char.IsAscii(c) || c <= ' ' || Marks.Contains(c)) escaped.Append(c);
            else escaped.Append('\\').Append(c);
        }
        return escaped.ToString();
    }
}
