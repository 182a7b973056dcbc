using System.Buffers;
using System.Text;

namespace Publisher.Core.Parsing;

/// <summary>Small text clean-ups shared by the parsers.</summary>
public static class TextCleaning
{
    /// <summary>Removes characters that no XML output may carry (C0/C1 controls but TAB/LF, U+FEFF, lone surrogates, U+FFFE/FFFF).</summary>
    public static string RemoveControlCharacters(string text)
    {
        if (!NeedsCleaning(text)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            if (c is '\t' or '\n') builder.Append(c);
            else if (c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c)) continue;
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary><paramref name="text"/> in Unicode normalisation form C (<see cref="ComposedText"/>).</summary>
    public static string ComposedForm(string text) => ComposedText.Of(text);

    /// <summary>
    /// Collapses every run of white space to one space and trims; control characters go too. Spaces that keep words
    /// together (no-break U+00A0, figure U+2007, narrow no-break U+202F: <c>10&#160;km</c>, <c>z.&#8239;B.</c>) are
    /// kept as written: the writer typed them so that a line does not break there.
    /// </summary>
    public static string CollapseWhitespace(string text) => Collapse(text, keepNoBreakSpaces: true);

    /// <summary>As <see cref="CollapseWhitespace"/>, no-break spaces collapsed too: for names (tags) that must not
    /// differ by a kind of space nobody sees.</summary>
    public static string CollapseAllWhitespace(string text) => Collapse(text, keepNoBreakSpaces: false);

    private static string Collapse(string text, bool keepNoBreakSpaces)
    {
        if (IsCollapsed(text, keepNoBreakSpaces) && (text.Length == 0 || (text[0] != ' ' && text[^1] != ' '))) return text;
        var cleaned = RemoveControlCharacters(text);
        var builder = new StringBuilder(cleaned.Length);
        var space = false;
        foreach (var c in cleaned)
        {
            if (Collapses(c, keepNoBreakSpaces)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Like <see cref="CollapseWhitespace"/> but keeps one space where the text began or ended with white space.</summary>
    public static string CollapseWhitespaceKeepEnds(string text)
    {
        if (text.Length == 0 || IsCollapsed(text, keepNoBreakSpaces: true)) return text;
        var core = CollapseWhitespace(text);
        var lead = Collapses(text[0], true) ? " " : "";
        var trail = Collapses(text[^1], true) && core.Length > 0 ? " " : "";
        return lead + core + trail;
    }

    private static bool Collapses(char c, bool keepNoBreakSpaces) =>
        char.IsWhiteSpace(c) && !(keepNoBreakSpaces && c is '\u00A0' or '\u2007' or '\u202F');

    /// <summary>
    /// Whether collapsing would leave the text as it is, ends aside: no control or other removed character
    /// (surrogates included, to stay simple), and no white space but single U+0020 spaces (and no-break ones, if kept).
    /// </summary>
    private static bool IsCollapsed(string text, bool keepNoBreakSpaces)
    {
        var afterSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (afterSpace) return false;
                afterSpace = true;
                continue;
            }
            afterSpace = false;
            if (c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c) || Collapses(c, keepNoBreakSpaces))
                return false;
        }
        return true;
    }

    /// <summary>
    /// The control characters a person would not have meant to write (C0 but TAB, LF and CR; DEL; C1), which
    /// <see cref="RemoveControlCharacters"/> removes: how many <paramref name="text"/> has, and where the first is.
    /// </summary>
    public static (int Count, int FirstIndex) CountControlCharacters(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny(UnwrittenControls);
        if (first < 0) return (0, -1);
        var count = 0;
        for (var rest = text[first..]; rest.Length > 0;)
        {
            var next = rest.IndexOfAny(UnwrittenControls);
            if (next < 0) break;
            count++;
            rest = rest[(next + 1)..];
        }
        return (count, first);
    }

    private static readonly SearchValues<char> UnwrittenControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
            if (c < 0x20 && c is not ('\t' or '\n') || c is >= '\u007F' and <= '\u009F' || c is '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
                return true;
        return false;
    }
}
