using System.Buffers;
using Publisher.Core.Parsing.Markdown.Punctuation;

namespace Publisher.Core.Parsing.Markdown;

/// <summary>
/// A summary written in Markdown as the plain text every output shows (a feed's summary, a book's teaser and contents,
/// the digest): its markup read as the body's is (emphasis, code, links, entities; raw HTML sanitised, so a script's
/// text goes and a <c>&lt;kbd&gt;</c>'s stays) and then left out, its words kept, its punctuation set as the body's. It is read as one paragraph: a
/// summary that starts as a block would (<c>1. FC Union …</c>, <c># 1</c>, <c>- x</c>, <c>&gt; quote</c>) keeps its
/// first characters as text.
/// </summary>
internal static class SummaryText
{
    /// <summary>Characters that can start markup inside a line; a summary without them, and not starting as a block would, is plain already.</summary>
    private static readonly SearchValues<char> Markup = SearchValues.Create("\\`*_[]<>&~");

    /// <summary>
    /// The plain text of <paramref name="summary"/> (one line, white space collapsed) written on front matter line
    /// <paramref name="line"/>, where problems in it are reported; null when it is nested too deep to read (an error).
    /// </summary>
    public static string? Plain(string summary, int line, ParseContext context, SmartPunctuation punctuation)
    {
        var paragraph = AsOneParagraph(summary);
        if (ReferenceEquals(paragraph, summary) && summary.AsSpan().IndexOfAny(Markup) < 0 && !(punctuation.IsOn && HeadlineText.HasPunctuation(summary)))
            return summary;
        if (new MarkdownBodyConverter(context, line - 1, punctuation).Convert(paragraph) is not { } blocks) return null;
        return TextCleaning.ComposedForm(TextCleaning.CollapseWhitespace(string.Join(' ', blocks.SelectMany(BlockText.Texts))));
    }

    /// <summary>The text, with a backslash before the mark that would make it a block other than a paragraph (a heading, list, quote, rule, fence or link definition).</summary>
    internal static string AsOneParagraph(string text)
    {
        if (text.Length == 0) return text;
        var first = text[0];
        var spaceAfterFirst = text.Length == 1 || text[1] is ' ' or '\t';
        if (first is '#' or '>' || first is '-' or '+' or '*' && spaceAfterFirst || IsRule(text) || IsFence(text) || IsLinkDefinition(text))
            return "\\" + text;
        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits])) digits++;
        if (digits is > 0 and < 10 && digits < text.Length && text[digits] is '.' or ')' && (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t'))
            return string.Concat(text.AsSpan(0, digits), "\\", text.AsSpan(digits));
        return text;
    }

    /// <summary><c>***</c>, <c>- - -</c>, <c>___</c>: three or more of one of them, and spaces.</summary>
    private static bool IsRule(string text) =>
        text[0] is '-' or '*' or '_' && text.All(c => c == text[0] || c is ' ' or '\t') && text.Count(c => c == text[0]) >= 3;

    /// <summary>Three backticks (with none after them) or three tildes open a fence.</summary>
    private static bool IsFence(string text) =>
        text.StartsWith("~~~", StringComparison.Ordinal)
        || text.StartsWith("```", StringComparison.Ordinal) && !text.AsSpan().TrimStart('`').Contains('`');

    /// <summary><c>[label]: destination</c>, which would be taken as a link's definition and shown as nothing.</summary>
    private static bool IsLinkDefinition(string text) =>
        text[0] == '[' && text.IndexOf("]:", StringComparison.Ordinal) is > 1 and var close && !text.AsSpan(1, close - 1).Contains(']');
}
