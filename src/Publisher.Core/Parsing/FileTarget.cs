namespace Publisher.Core.Parsing;

/// <summary>
/// A link target that names an article file: its <see cref="Path"/> below the content folder ('/'-separated; null when
/// it leads out of the folder) and the query and fragment written after it (<see cref="Rest"/>, with its <c>?</c> or
/// <c>#</c>; empty when none). Worked out from the text alone: the path is looked up, never opened.
/// </summary>
public sealed record FileTarget(string? Path, string Rest)
{
    /// <summary>
    /// The file <paramref name="href"/> names, read from <paramref name="from"/> (the linking file's path below the
    /// content folder), or null when it is no reference to a file that <paramref name="isArticleFile"/> (a web address,
    /// another kind of file, a fragment alone). Percent-escapes are decoded; a leading <c>/</c> starts at the content
    /// folder's top.
    /// </summary>
    public static FileTarget? Of(string href, string from, Func<string, bool> isArticleFile)
    {
        var trimmed = href.Trim();
        if (!LinkTargets.IsPageRelative(trimmed)) return null;
        var end = trimmed.IndexOfAny(['?', '#']);
        var (written, rest) = end < 0 ? (trimmed, "") : (trimmed[..end], trimmed[end..]);
        var path = Uri.UnescapeDataString(written);
        if (path.Length == 0 || path.EndsWith('/') || !isArticleFile(path)) return null;
        var segments = new List<string>();
        if (!path.StartsWith('/')) segments.AddRange(from.Split('/')[..^1]);
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment != "..") segments.Add(segment);
            else if (segments.Count == 0) return new FileTarget(null, rest);
            else segments.RemoveAt(segments.Count - 1);
        }
        return new FileTarget(string.Join('/', segments), rest);
    }
}
