using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Publisher.Core.Parsing.Taz;

/// <summary>
/// Spec §7: after the title, teaser (<c>&gt; </c>), <c>Bild:</c> and author lines in any order; blank lines
/// skipped. The zone ends at the first other line.
/// </summary>
internal sealed record TazHeaderZone(
    string? Teaser,
    bool TeaserTruncated,
    ImmutableArray<TazLine> TeaserLines,
    ImmutableArray<TazImage> Images,
    ImmutableArray<string> Authors,
    string? AuthorRole,
    int NextIndex)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TazHeaderZone Read(IReadOnlyList<TazLine> lines, int start)
    {
        var teaserLines = ImmutableArray.CreateBuilder<TazLine>();
        var images = ImmutableArray.CreateBuilder<TazImage>();
        AuthorLine? author = null;
        var index = start;
        for (; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.IsBlank)
            {
                continue;
            }

            if (line.Text is ">" || line.Text.StartsWith("> "))
            {
                teaserLines.Add(line);
            }
            else if (ImageLine.IsImageLine(line.Text))
            {
                images.Add(ImageLine.Read(line));
            }
            else if (author is null && AuthorLine.TryRead(line.Text.ToString()) is { } byline)
            {
                author = byline;
            }
            else
            {
                break;
            }
        }

        var (teaser, truncated) = JoinTeaser(teaserLines);
        if (author is null && teaser is not null && AuthorLine.TryReadTeaserSuffix(teaser, out var cut) is { } suffix)
        {
            author = suffix;
            teaser = cut.Length == 0 ? null : cut;
        }

        return new TazHeaderZone(
            teaser,
            truncated,
            teaserLines.ToImmutable(),
            images.ToImmutable(),
            author?.Authors ?? [],
            author?.Role,
            index);
    }

    private static (string? Teaser, bool Truncated) JoinTeaser(IReadOnlyList<TazLine> teaserLines)
    {
        var parts = new List<string>(teaserLines.Count);
        var truncated = false;
        foreach (var line in teaserLines)
        {
            truncated |= line.Truncated;
            var text = line.ShownLength > 1 ? line.ShownFrom(2).Trim(' ') : string.Empty;
            if (text.Length > 0)
            {
                parts.Add(text);
            }
        }

        return parts.Count == 0 ? (null, truncated) : (string.Join(' ', parts), truncated);
    }
}
