using System.Collections.Immutable;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>Numbers an article's link targets in order of first use; a target used twice keeps its number.</summary>
public sealed class LinkNumbering
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<(string Href, Uri Url, List<string> Anchors)> _links = [];

    public int Number(string href, Uri url, string anchor)
    {
        if (!_numbers.TryGetValue(url.AbsoluteUri, out var number))
        {
            _links.Add((href, url, []));
            number = _links.Count;
            _numbers[url.AbsoluteUri] = number;
        }
        _links[number - 1].Anchors.Add(anchor);
        return number;
    }

    public ImmutableArray<ArticleLink> ToLinks() =>
        [.. _links.Select((l, i) => new ArticleLink(i + 1, l.Href, l.Url, [.. l.Anchors]))];
}
