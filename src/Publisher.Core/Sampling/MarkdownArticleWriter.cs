using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Sampling;

/// <summary>
/// Writes a <see cref="SampleArticle"/> as Markdown with YAML front matter (title, date, tags, authors,
/// summary, language, id, kicker); link markers become <c>[anchor](url)</c>. A picture, if given, follows the first
/// block as a lone image with its alt text and caption (title).
/// </summary>
public static partial class MarkdownArticleWriter
{
    public static string Write(SampleArticle article, SamplePicture? picture = null)
    {
        var urls = article.Links.ToDictionary(l => l.Number, l => LinkTarget.ToUrl(l.Href));
        var builder = new StringBuilder();
        builder.Append("---\n");
        builder.Append("id: ").Append(Quoted(article.Id)).Append('\n');
        builder.Append("title: ").Append(Quoted(article.Headline)).Append('\n');
        if (article.Kicker is { } kicker)
        {
            builder.Append("kicker: ").Append(Quoted(kicker)).Append('\n');
        }

        builder.Append("date: ").Append(article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        builder.Append("language: ").Append(article.Language).Append('\n');
        builder.Append("summary: ").Append(Quoted(article.Teaser)).Append('\n');
        AppendList(builder, "authors", article.Authors);
        AppendList(builder, "tags", article.TagLines.Distinct());
        builder.Append("---\n");
        for (var i = 0; i < article.Body.Length; i++)
        {
            var block = article.Body[i];
            builder.Append('\n');
            builder.Append(block.IsSubhead ? "## " + block.Markup : Links(block.Markup, urls)).Append('\n');
            if (i == 0 && picture is not null)
                builder.Append("\n![").Append(picture.Alt).Append("](").Append(SampleCorpus.PictureFolder).Append('/').Append(picture.FileName)
                    .Append(" \"").Append(picture.Caption).Append("\")\n");
        }

        return builder.ToString();
    }

    private static string Links(string markup, Dictionary<int, string> urls) =>
        MarkerRegex().Replace(markup, m =>
            $"[{m.Groups[2].Value}]({urls[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]})");

    private static void AppendList(StringBuilder builder, string key, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        builder.Append(key).Append(":\n");
        foreach (var item in list)
        {
            builder.Append("  - ").Append(Quoted(item)).Append('\n');
        }
    }

    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"\[([0-9]{1,3})\]\[([^\[\]]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerRegex();
}
