using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;

namespace Publisher.Epub.Cover;

/// <summary>
/// Warns of the texts the covers cannot draw in full, the site's title and tag names with characters the cover fonts
/// have no glyph for (CJK, emoji): the covers leave them out (<see cref="CoverFonts.WithoutMissing"/>), and the cover is
/// what an e-reader's library shows.
/// </summary>
internal static class MissingCoverGlyphs
{
    public static void Report(Corpus corpus, DiagnosticBag diagnostics)
    {
        Report(corpus.Site.Title, "site.yml", corpus.Site.TitleLine, "the site's title", diagnostics);
        foreach (var group in corpus.TagGroups.Where(g => g.Articles.Length > 0))
            Report(group.Tag.Name, group.Articles[^1].Source.RelativePath, group.Articles[^1].TagsLine, $"the tag '{group.Tag.Name}'", diagnostics);
    }

    /// <param name="line">The line of <paramref name="file"/> the text is written on, 0 where not known.</param>
    private static void Report(string text, string file, int line, string what, DiagnosticBag diagnostics)
    {
        var missing = CoverFonts.Instance.Missing(text);
        if (missing.Count == 0) return;
        diagnostics.Warning(file, line, $"the cover font has no glyph for {string.Join(", ", missing.Select(Named))}: "
            + $"the EPUB covers show {what} without them (the books' text keeps them)");
    }

    private static string Named(Rune rune) => $"U+{rune.Value:X4} '{rune}'";
}
