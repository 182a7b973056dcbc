using System.Collections.Immutable;
using Publisher.Core.Model;
using Publisher.Core.Parsing;

namespace Publisher.Feeds;

/// <summary>
/// The beginning of an article as plain text, where a feed wants a short description and the article has no teaser:
/// its first paragraph, and of a paragraph longer than <see cref="MaxLength"/> characters as many whole words as fit,
/// then <c>…</c>.
/// </summary>
internal static class FeedExcerpt
{
    public const int MaxLength = 300;

    /// <summary>The excerpt of <paramref name="body"/>; null when it has no paragraph with text.</summary>
    public static string? Of(ImmutableArray<Block> body)
    {
        foreach (var block in body)
        {
            if (block is Paragraph paragraph && FeedText.CleanOrNull(TextCleaning.CollapseWhitespace(InlineText.Plain(paragraph.Inlines))) is { } text)
                return Shorten(text);
        }
        return null;
    }

    /// <summary><paramref name="text"/> cut after the last word that ends within <see cref="MaxLength"/> characters (within a word that long, at the limit), with <c>…</c>.</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= MaxLength) return text;
        var cut = text.LastIndexOf(' ', MaxLength);
        if (cut <= 0) cut = char.IsLowSurrogate(text[MaxLength]) ? MaxLength - 1 : MaxLength;
        return text[..cut].TrimEnd(' ', ',', ';', ':', '–', '-') + "…";
    }
}
