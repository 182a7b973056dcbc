using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Core.Parsing;
using Publisher.Typesetting.Fonts;

namespace Publisher.Pdf.Digest;

/// <summary>
/// Says where the characters a digest could not print came from: a warning on each article (file and line)
/// that holds one, or on the digest's template when no article does (site title, a template's own text).
/// </summary>
internal static class MissingGlyphs
{
    public static void Report(IReadOnlyList<Rune> missing, WeekGroup week, string digestSource, SourceLines? sources, DiagnosticBag diagnostics)
    {
        var found = new HashSet<Rune>();
        foreach (var article in week.Articles)
        {
            var texts = TextsOf(article).ToList();
            var held = missing.Where(rune => texts.Any(text => text.Contains(rune.ToString(), StringComparison.Ordinal))).ToList();
            found.UnionWith(held);
            foreach (var line in held.GroupBy(rune => sources?.LineOf(article.Source, rune.ToString()) ?? 0))
                diagnostics.Warning(article.Source.RelativePath, line.Key, Message(line, week));
        }
        var elsewhere = missing.Where(rune => !found.Contains(rune)).ToList();
        if (elsewhere.Count > 0) diagnostics.Add(Diagnostic.AsGiven(digestSource, Severity.Warning, Message(elsewhere, week)));
    }

    private static string Message(IEnumerable<Rune> runes, WeekGroup week) =>
        $"the PDF fonts have no glyph for {string.Join(", ", runes.Select(rune => $"U+{rune.Value:X4} '{rune}'"))}: "
        + $"the digest {week.Week} prints '{PrintableText.Replacement}' in its place (feeds and EPUB keep it)";

    /// <summary>Every text of an article a digest may print.</summary>
    private static IEnumerable<string> TextsOf(Article article)
    {
        IEnumerable<string?> texts =
        [
            article.Title, article.Kicker, article.Headline, article.Teaser, article.AuthorRole,
            article.Dateline?.Place, article.Dateline?.Agency,
            .. article.Authors, .. article.Tags,
            .. article.Images.SelectMany(i => new[] { i.Caption, i.Credit }),
            .. article.Links.SelectMany(l => l.Anchors.Prepend(l.Href)),
            .. article.Body.SelectMany(BlockText.Texts),
        ];
        return texts.OfType<string>();
    }
}
