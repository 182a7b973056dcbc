using System.Globalization;
using System.Net.Mail;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Parsing;

/// <summary>
/// Reads <c>site.yml</c>: title, description, base_url, author (a name, or name + email), language,
/// time_zone (IANA), feed_entries, page_size (A4, A5, Letter; also as <c>pdf: page_size:</c>), smart_punctuation (true or
/// false). Missing values get defaults; a missing
/// base URL is a warning, since feed ids and links derive from it.
/// </summary>
public static class SiteConfigReader
{
    public const string FileName = "site.yml";

    /// <summary>The settings read, for a "did you mean" hint on one that is not.</summary>
    private static readonly string[] Settings = ["title", "description", "base_url", "author", "language", "time_zone", "feed_entries", "page_size", "smart_punctuation", "pdf"];

    private static readonly string[] PdfSettings = ["page_size"];

    public static Site Read(string contentDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(contentDirectory, FileName);
        if (!File.Exists(path))
        {
            // A folder of a site given for the site: its defaults would rewrite every output with another title, base URL and ids.
            if (Path.GetDirectoryName(Path.GetFullPath(contentDirectory)) is { } parent && FolderOf(parent) is { } site)
                diagnostics.Error(FileName, 0, $"no site.yml in the content folder {contentDirectory}, but {Path.Combine(site, FileName)} is a site's: "
                    + $"build that folder (--content {site}), or give this one a site.yml of its own");
            else diagnostics.Warning(FileName, 0, "no site.yml in the content folder; using defaults (base URL https://example.invalid/)");
            return new Site();
        }
        return Parse(File.ReadAllText(path), diagnostics);
    }

    /// <summary>The folder of the <c>site.yml</c> nearest to <paramref name="folder"/>: in it or in a folder above; null when none has one.</summary>
    public static string? FolderOf(string folder)
    {
        for (string? current = Path.GetFullPath(folder); current is not null; current = Path.GetDirectoryName(current))
        {
            if (File.Exists(Path.Combine(current, FileName))) return current;
        }
        return null;
    }

    public static Site Parse(string yaml, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var found = YamlMistakes.Explain(yaml, e, FileName) ?? YamlMistakes.AsSaid(yaml, e, "not valid YAML: ");
            diagnostics.Error(FileName, found.Line, found.Message, found.Column);
            return new Site();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these on some malformed input (an unclosed '[', text after a quote) instead of a YamlException.
            var found = YamlMistakes.Unreadable(yaml) ?? new YamlMistakes.Found(1, null, "not valid YAML");
            diagnostics.Error(FileName, found.Line, found.Message, found.Column);
            return new Site();
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var found = YamlMistakes.NotAMapping(yaml) ?? new YamlMistakes.Found(1, null, "site.yml must be a mapping of 'key: value' lines");
            diagnostics.Error(FileName, found.Line, found.Message, found.Column);
            return new Site();
        }
        var site = new Site();
        var sawBaseUrl = false;
        var sawTitle = false;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = (int)keyNode.Start.Line;
            var text = TextCleaning.CollapseWhitespace((valueNode as YamlScalarNode)?.Value ?? "");
            switch (key)
            {
                case "title" when text.Length > 0: site = site with { Title = text, TitleLine = line }; sawTitle = true; break;
                case "description": site = site with { Description = text.Length > 0 ? text : null }; break;
                case "language" when text.Length > 0:
                    if (LanguageTag.IsWellFormed(text)) site = site with { Language = text };
                    else diagnostics.Error(FileName, line, $"language '{text}' is not a language tag (such as de or en-GB)");
                    break;
                case "author" when ReadAuthor(valueNode, diagnostics) is { } author: site = site with { Author = author }; break;
                case "author": break;
                case "base_url":
                    sawBaseUrl = true;
                    if (Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
                        site = site with { BaseUrl = url };
                    else
                        diagnostics.Error(FileName, line, $"base_url '{text}' is not an absolute http(s) URL");
                    break;
                case "time_zone":
                    if (TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone)) site = site with { TimeZone = zone };
                    else diagnostics.Error(FileName, line, $"unknown time zone '{text}' (use an IANA name such as Europe/Berlin)");
                    break;
                case "feed_entries":
                    if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) site = site with { FeedEntries = n };
                    else diagnostics.Error(FileName, line, $"feed_entries must be a positive whole number, not '{text}'");
                    break;
                case "page_size":
                    site = ReadPageSize(site, text, line, diagnostics);
                    break;
                case "smart_punctuation":
                    if (bool.TryParse(text, out var smart)) site = site with { SmartPunctuation = smart };
                    else diagnostics.Error(FileName, line, $"smart_punctuation must be true or false, not '{text}'");
                    break;
                case "pdf" when valueNode is YamlMappingNode pdf:
                    foreach (var (pdfKey, pdfValue) in pdf.Children)
                    {
                        var pdfLine = (int)pdfKey.Start.Line;
                        if ((pdfKey as YamlScalarNode)?.Value == "page_size")
                            site = ReadPageSize(site, ((pdfValue as YamlScalarNode)?.Value ?? "").Trim(), pdfLine, diagnostics);
                        else
                            diagnostics.Warning(FileName, pdfLine, $"unknown pdf setting '{(pdfKey as YamlScalarNode)?.Value}'{NearestName.Hint((pdfKey as YamlScalarNode)?.Value ?? "", PdfSettings)} is ignored");
                    }
                    break;
                default:
                    diagnostics.Warning(FileName, line, $"unknown setting '{key}'{NearestName.Hint(key, Settings)} is ignored");
                    break;
            }
        }
        if (!sawBaseUrl)
            diagnostics.Warning(FileName, 1, "no base_url; feed ids and links use https://example.invalid/");
        if (!sawTitle)
            diagnostics.Warning(FileName, 1, $"no title; feeds and books are called '{site.Title}'");
        return site;
    }

    private static Site ReadPageSize(Site site, string text, int line, DiagnosticBag diagnostics)
    {
        if (Enum.TryParse<PageSize>(text, ignoreCase: true, out var size) && Enum.IsDefined(size)) return site with { PageSize = size };
        diagnostics.Error(FileName, line, $"page_size must be A4, A5 or Letter, not '{text}'");
        return site;
    }

    /// <summary>
    /// The author written (a name, or a mapping of name and email); null for none. Without a name the site's title
    /// stands in (<see cref="Site.Author"/>).
    /// </summary>
    private static SiteAuthor? ReadAuthor(YamlNode node, DiagnosticBag diagnostics) => node switch
    {
        YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value) => new SiteAuthor(scalar.Value.Trim(), null),
        YamlMappingNode mapping when (Name: Scalar(mapping, "name"), Email: Email(mapping, diagnostics)) is var author
                                     && (author.Name ?? author.Email) is not null => new SiteAuthor(author.Name ?? "", author.Email),
        _ => null,
    };

    /// <summary>
    /// The author's email as an address alone (Atom's <c>email</c> must be one: RFC 4287 §3.2.3). A name written with it,
    /// <c>Redaktion &lt;r@s.example&gt;</c>, is dropped with a warning; what is no address at all is left out with one.
    /// </summary>
    private static string? Email(YamlMappingNode mapping, DiagnosticBag diagnostics)
    {
        if (Scalar(mapping, "email") is not { } text) return null;
        var line = (int)mapping.Children.Keys.First(k => k is YamlScalarNode { Value: "email" }).Start.Line;
        if (!MailAddress.TryCreate(text, out var address) || address.Address.Any(char.IsWhiteSpace))
        {
            diagnostics.Warning(FileName, line, $"author email '{text}' is not an email address (such as name@example.org); it is left out");
            return null;
        }
        if (address.Address != text)
            diagnostics.Warning(FileName, line, $"author email '{text}' is more than an address; using {address.Address} (the name belongs in author's name)");
        return address.Address;
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text }
            ? text.Trim() : null;
}
