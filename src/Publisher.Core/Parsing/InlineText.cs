using System.Collections.Immutable;
using System.Text;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>Helpers over inline runs: plain text, and white space tidied as HTML would show it.</summary>
public static class InlineText
{
    /// <summary>As <see cref="Plain(IEnumerable{Inline})"/>; one text run (a link's usual content) is its own text, no builder made.</summary>
    public static string Plain(ImmutableArray<Inline> inlines) =>
        !inlines.IsDefault && inlines is [TextRun only] ? only.Text : Plain((IEnumerable<Inline>)inlines);

    public static string Plain(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    /// <summary>Collapses white space inside text runs (code keeps its own), trims the ends, drops empty runs.</summary>
    public static ImmutableArray<Inline> Tidy(IEnumerable<Inline> inlines) => Tidy(inlines.ToArray());

    /// <summary>As <see cref="Tidy(IEnumerable{Inline})"/> over inlines in a span (a list's: no enumerator, the result's room known).</summary>
    public static ImmutableArray<Inline> Tidy(ReadOnlySpan<Inline> inlines)
    {
        var result = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        var lastEndsInSpace = true;
        foreach (var inline in inlines)
        {
            var current = TidyOne(inline);
            if (current is TextRun { Text.Length: 0 } or CodeSpan { Text.Length: 0 }) continue;
            if (lastEndsInSpace && current is TextRun { Text: [' ', ..] } run) current = run with { Text = run.Text.TrimStart(' ') };
            if (current is TextRun { Text.Length: 0 }) continue;
            result.Add(current);
            lastEndsInSpace = current is LineBreak || LastCharacter(current) == ' ';
        }
        while (result.Count > 0 && result[^1] is TextRun last && last.Text.EndsWith(' '))
        {
            var trimmed = last.Text.TrimEnd(' ');
            result.RemoveAt(result.Count - 1);
            if (trimmed.Length > 0) { result.Add(new TextRun(trimmed)); break; }
        }
        while (result.Count > 0 && result[^1] is LineBreak) result.RemoveAt(result.Count - 1);
        return result.DrainToImmutable();
    }

    private static Inline TidyOne(Inline inline) => inline switch
    {
        TextRun run => TextCleaning.CollapseWhitespaceKeepEnds(run.Text) is var text && ReferenceEquals(text, run.Text) ? run : new TextRun(text),
        Emphasis e => e with { Content = [.. e.Content.Select(TidyOne)] },
        LinkInline l => l with { Content = [.. l.Content.Select(TidyOne)] },
        _ => inline,
    };

    /// <summary>The last character of <see cref="Plain"/> over this one inline, without building it.</summary>
    private static char? LastCharacter(Inline inline)
    {
        switch (inline)
        {
            case TextRun run: return run.Text.Length > 0 ? run.Text[^1] : null;
            case CodeSpan code: return code.Text.Length > 0 ? code.Text[^1] : null;
            case LineBreak: return ' ';
            case Emphasis e: return LastCharacter(e.Content);
            case LinkInline l: return LastCharacter(l.Content);
            default: return null;
        }
    }

    private static char? LastCharacter(ImmutableArray<Inline> inlines)
    {
        for (var i = inlines.Length - 1; i >= 0; i--)
            if (LastCharacter(inlines[i]) is { } last) return last;
        return null;
    }

    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run: builder.Append(run.Text); break;
                case CodeSpan code: builder.Append(code.Text); break;
                case Emphasis e: Append(builder, e.Content); break;
                case LinkInline l: Append(builder, l.Content); break;
                case LineBreak: builder.Append(' '); break;
            }
        }
    }
}
