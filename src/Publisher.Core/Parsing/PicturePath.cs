using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Publisher.Core.Model;

namespace Publisher.Core.Parsing;

/// <summary>
/// Where a picture an article shows is, from what the article wrote (<c>img/x.png</c>, <c>../shared/map%20berlin.png</c>,
/// <c>/bilder/x.png</c>, <c>https://…</c>): a content path (<see cref="PictureSource"/>) resolved against the article's
/// own folder, as a browser showing the article file would, or with a leading <c>/</c> against the content folder's top
/// (the site's root, as links to article files read it), or an <c>http(s)</c> URL kept as written. Anything else is
/// refused with the reason: other schemes (<c>file:</c>, <c>data:</c>, <c>javascript:</c>) and addresses without one
/// (<c>//host/x.png</c>) name nothing of the site, and a path that climbs out of the content folder could make an output
/// carry any file of the machine.
/// </summary>
public static partial class PicturePath
{
    /// <param name="written">The image's source as the article wrote it (Markdown's destination, HTML's <c>src</c>).</param>
    /// <param name="articlePath">The article file's content path (<see cref="ParseContext.RelativePath"/>).</param>
    /// <param name="source">The content path or URL, when the source is usable.</param>
    /// <param name="problem">Why it is not, said to the user, when it is not.</param>
    public static bool TryResolve(string? written, string articlePath, [NotNullWhen(true)] out string? source, [NotNullWhen(false)] out string? problem)
    {
        source = null;
        var text = (written ?? "").Trim();
        if (text.Length == 0) return Refuse("it names no file", out problem);
        if (PictureSource.IsRemote(text))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Host.Length == 0) return Refuse("it is not a valid address", out problem);
            source = text;
            problem = null;
            return true;
        }
        if (Scheme().IsMatch(text)) return Refuse("only files of the content folder and http(s) addresses can be shown", out problem);
        if (text.StartsWith("//", StringComparison.Ordinal))
            return Refuse("an address without http: or https: names no file of the content folder", out problem);
        // A URL's query and fragment name no part of a file; percent escapes are decoded only then, so %3F stays in the name.
        var end = text.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(end < 0 ? text : text[..end]);
        if (path.Any(c => char.IsControl(c) || c == '\\'))
            return Refuse("a path with a backslash or control character names no file; write / between folders", out problem);
        // From the article's folder, or with a leading / from the content folder's top.
        var parts = text[0] == '/' ? [] : new List<string>(articlePath.Split('/')[..^1]);
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return Refuse("it leads out of the content folder", out problem);
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        if (parts.Count == 0) return Refuse("it names the content folder, not a file", out problem);
        source = string.Join('/', parts);
        problem = null;
        return true;
    }

    private static bool Refuse(string why, out string problem)
    {
        problem = why;
        return false;
    }

    /// <summary>A URL scheme (RFC 3986: a letter, then letters, digits, <c>+ - .</c>) and its colon, before any <c>/</c>.</summary>
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
