using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>
/// Numbers an article's link targets in order of first use; a target used twice keeps its number. Notes where a
/// target written relative to the page was first used (<see cref="RelativeLinks"/>).
/// </summary>
public sealed class LinkNumbering
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<(string Href, Uri Url, List<string> Anchors)> _links = [];
    private readonly List<RelativeLink> _relative = [];

    /// <param name="line">The line the link stands on.</param>
    public int Number(string href, Uri url, string anchor, int line)
    {
        if (!_numbers.TryGetValue(url.AbsoluteUri, out var number))
        {
            _links.Add((href, url, []));
            number = _links.Count;
            _numbers[url.AbsoluteUri] = number;
            if (LinkTargets.IsPageRelative(href)) _relative.Add(new RelativeLink(number, href, line));
        }
        _links[number - 1].Anchors.Add(anchor);
        return number;
    }

    public ImmutableArray<ArticleLink> ToLinks() =>
        [.. _links.Select((l, i) => new ArticleLink(i + 1, l.Href, l.Url, [.. l.Anchors]))];

    /// <summary>The targets written relative to the page, in number order, each with the line of its first use.</summary>
    public IReadOnlyList<RelativeLink> RelativeLinks => _relative;
}
