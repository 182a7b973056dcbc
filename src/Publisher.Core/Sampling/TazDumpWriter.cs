using System.Globalization;
using System.Text;
using Publisher.Core.Parsing.Taz;

namespace Publisher.Core.Sampling;

/// <summary>
/// Renders a <see cref="SampleArticle"/> the way taz's gopher renderer and the crawler do: paragraphs,
/// teaser and related teasers wrapped greedily at W; title, captions, subheads, links and tags unwrapped;
/// every line framed as a Markdown table row, the last one as a short row without a line break.
/// A paragraph break the width rule could not see is written as an empty row, so the dump stays
/// faithful to the article (the renderer's truncation of long lines is not applied).
/// </summary>
public static class TazDumpWriter
{
    public static string Write(SampleArticle article)
    {
        var lines = Lines(article);
        var builder = new StringBuilder(lines.Sum(l => l.Length + 8));
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append("| ").Append(lines[i]);
            builder.Append(i == lines.Count - 1 ? " |" : " | |\n");
        }

        return builder.ToString();
    }

    /// <summary>The unframed lines; an empty string is an empty row.</summary>
    public static List<string> Lines(SampleArticle article)
    {
        var width = article.WrapWidth;
        var lines = new List<string> { "# taz.de -- " + article.Title };
        var teaser = GreedyWrapper.Wrap(article.Teaser, width, "> ");
        lines.AddRange(teaser);
        lines.AddRange(article.Images.Select(i => "Bild: " + i.Caption + (i.Credit is null ? "" : " Foto: " + i.Credit)));
        if (!article.Authors.IsDefaultOrEmpty)
        {
            lines.Add(AuthorLine(article));
        }

        lines.AddRange(BodyLines(article, teaser));
        lines.Add(DateLine(article.Date));
        if (!article.Links.IsDefaultOrEmpty)
        {
            lines.Add("## LINKS");
            lines.AddRange(article.Links.Select(l => $"[{l.Number}] {l.Href}"));
        }

        if (!article.TagLines.IsDefaultOrEmpty)
        {
            lines.Add("## TAGS");
            lines.AddRange(article.TagLines);
        }

        if (!article.Related.IsDefaultOrEmpty)
        {
            lines.Add("## ARTIKEL ZUM THEMA");
            foreach (var related in article.Related)
            {
                lines.Add(related.Title);
                lines.AddRange(GreedyWrapper.Wrap(related.Teaser ?? string.Empty, width));
            }
        }

        return lines;
    }

    public static string DateLine(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string AuthorLine(SampleArticle article)
    {
        var by = article.Language == "de" ? "von" : "by";
        var names = string.Join(article.Language == "de" ? " und " : " and ", article.Authors);
        return article.AuthorRole is { } role
            ? $"{role} {by} {names}"
            : $"{char.ToUpperInvariant(by[0])}{by[1..]} {names}";
    }

    private static List<string> BodyLines(SampleArticle article, List<string> teaser)
    {
        var blocks = new List<(bool Subhead, List<string> Lines)>();
        var first = true;
        foreach (var block in article.Body)
        {
            if (block.IsSubhead)
            {
                blocks.Add((true, ["## " + block.Markup]));
                continue;
            }

            var markup = first && article.Dateline is { } d ? $"{d.Place} {d.Agency} | {block.Markup}" : block.Markup;
            first = false;
            blocks.Add((false, GreedyWrapper.Wrap(markup, article.WrapWidth)));
        }

        var inferred = WidthRule.Infer(teaser.Concat(blocks.Where(b => !b.Subhead).SelectMany(b => b.Lines))
            .Where(l => WidthRule.IsWidthCandidate(l, truncated: false)));
        var lines = new List<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0 && !blocks[i].Subhead && !blocks[i - 1].Subhead &&
                (article.BlankRowsBetweenParagraphs ||
                 !WidthRule.EndsParagraph(blocks[i - 1].Lines[^1], false, blocks[i].Lines[0], inferred)))
            {
                lines.Add(string.Empty);
            }

            lines.AddRange(blocks[i].Lines);
        }

        return lines;
    }
}
