using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §11: items of <c>## ARTIKEL ZUM THEMA</c>, each a title line and at least one teaser line.
/// A line starts the next item when the teaser so far ends terminally and the width rule breaks or
/// the line has a colon outside quotes.
/// </summary>
internal static class RelatedSection
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ImmutableArray<TazRelatedArticle> Read(IReadOnlyList<TazLine> section, int width)
    {
        var lines = section.Where(l => !l.IsBlank).ToList();
        var items = ImmutableArray.CreateBuilder<TazRelatedArticle>();
        var i = 0;
        while (i < lines.Count)
        {
            var title = lines[i++];
            var teaserStart = i;
            if (i < lines.Count)
            {
                i++;
            }

            while (i < lines.Count)
            {
                var previous = lines[i - 1];
                var current = lines[i];
                if (EndsTerminal(previous.Text) &&
                    (WidthRule.EndsParagraph(previous.Text, previous.Truncated, current.Text, width) ||
                     QuotedColon.HasOutsideQuotes(current.Text)))
                {
                    break;
                }

                i++;
            }

            items.Add(Item(title, lines, teaserStart, i - teaserStart));
        }

        return items.ToImmutable();
    }

    /// <summary>
    /// Whether the line ends in terminal punctuation. A line's text and its shown text (spec §5) end in the
    /// same character, so either may be asked.
    /// </summary>
    public static bool EndsTerminal(ReadOnlySpan<char> line) =>
        line.Length > 0 && line[^1] is '.' or '!' or '?' or '…' or '“' or '”' or '"' or '»' or ')' or '\'';

    /// <summary>The item of <paramref name="title"/> and the <paramref name="count"/> teaser lines of <paramref name="lines"/> from <paramref name="start"/>.</summary>
    private static TazRelatedArticle Item(TazLine title, List<TazLine> lines, int start, int count)
    {
        var shownTitle = title.Shown;
        var split = KickerSplit.Of(shownTitle);
        var teaser = count == 0 ? (RawParagraph?)null : RawParagraph.Of(lines, start, count);
        var truncated = title.Truncated || (teaser?.Truncated ?? false);
        return new TazRelatedArticle(shownTitle, split.Kicker, split.Headline, teaser?.Text(), truncated);
    }
}
