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
            var teaser = new List<TazLine>();
            if (i < lines.Count)
            {
                teaser.Add(lines[i++]);
            }

            while (i < lines.Count)
            {
                var previous = teaser[^1];
                var current = lines[i];
                if (EndsTerminal(previous.Text) &&
                    (WidthRule.EndsParagraph(previous.Text, previous.Truncated, current.Text, width) ||
                     QuotedColon.HasOutsideQuotes(current.Text)))
                {
                    break;
                }

                teaser.Add(current);
                i++;
            }

            items.Add(Item(title, teaser));
        }

        return items.ToImmutable();
    }

    /// <summary>
    /// Whether the line ends in terminal punctuation. A line's text and its shown text (spec §5) end in the
    /// same character, so either may be asked.
    /// </summary>
    public static bool EndsTerminal(ReadOnlySpan<char> line) =>
        line.Length > 0 && line[^1] is '.' or '!' or '?' or '…' or '“' or '”' or '"' or '»' or ')' or '\'';

    private static TazRelatedArticle Item(TazLine title, List<TazLine> teaser)
    {
        var shownTitle = title.Shown;
        var split = KickerSplit.Of(shownTitle);
        var text = teaser.Count == 0 ? null : string.Join(' ', teaser.Select(l => l.Shown));
        var truncated = title.Truncated || teaser.Any(l => l.Truncated);
        return new TazRelatedArticle(shownTitle, split.Kicker, split.Headline, text, truncated);
    }
}
