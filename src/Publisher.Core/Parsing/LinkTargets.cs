using System.Text.RegularExpressions;

namespace Publisher.Core.Parsing;

/// <summary>Decides which link targets may reach an output, and makes them absolute.</summary>
public static partial class LinkTargets
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

    /// <summary>
    /// Whether <paramref name="target"/> is a reference relative to the page it stands on (RFC 3986 §4.2): no scheme and
    /// no host of its own (<c>#part</c>, <c>?q=1</c>, <c>more.html</c>, <c>../other.md</c>, <c>/path</c>), so what it
    /// leads to depends on that page.
    /// </summary>
    public static bool IsPageRelative(string target)
    {
        var trimmed = target.AsSpan().Trim();
        return !trimmed.StartsWith("//") && !trimmed.StartsWith(@"\\") && !Scheme().IsMatch(trimmed);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
