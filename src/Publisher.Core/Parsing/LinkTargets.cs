namespace Publisher.Core.Parsing;

/// <summary>Decides which link targets may reach an output, and makes them absolute.</summary>
public static class LinkTargets
{
    private static readonly HashSet<string> SafeSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "gopher" };

    /// <summary>
    /// Resolves <paramref name="target"/> against <paramref name="baseUrl"/>, the page it stands on, as RFC 3986 and a
    /// browser on that page do: <c>#part</c> and <c>?q=1</c> stay on the page, <c>more.html</c> is beside it, <c>/path</c>
    /// and <c>//host/path</c> become absolute. Returns null for unsafe schemes such as <c>javascript:</c> or <c>data:</c>, and for
    /// targets that lead nowhere: a web address without a host, <c>mailto:</c> without an address.
    /// </summary>
    public static Uri? Resolve(string? target, Uri baseUrl)
    {
        if (string.IsNullOrWhiteSpace(target)) return null;
        var trimmed = target.Trim();
        if (!Uri.TryCreate(baseUrl, trimmed, out var absolute)) return null;
        if (!SafeSchemes.Contains(absolute.Scheme)) return null;
        var leadsSomewhere = absolute.Scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase)
            ? absolute.AbsoluteUri.Length > "mailto:".Length && absolute.AbsoluteUri[7] != '?'
            : absolute.Host.Length > 0;
        return leadsSomewhere ? absolute : null;
    }
}
