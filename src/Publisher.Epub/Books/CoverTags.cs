using Publisher.Core.Model;

namespace Publisher.Epub.Books;

/// <summary>The tags a cover names: the most used first (ties by name), at most five, only those with visible text.</summary>
internal static class CoverTags
{
    public const int Count = 5;

    public static IEnumerable<string> MostUsed(IEnumerable<Tag> tags) =>
        tags.GroupBy(t => t)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .Take(Count).Select(g => BookText.Visible(g.Key.Name, "")).Where(n => n.Length > 0);
}
