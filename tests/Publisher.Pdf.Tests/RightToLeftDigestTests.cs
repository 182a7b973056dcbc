using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Pdf.Digest;
using Publisher.Templating;
using UglyToad.PdfPig;

namespace Publisher.Pdf.Tests;

/// <summary>
/// A Hebrew article in the digest (language he: the template marks it dir="rtl") runs from the right, beside a German
/// one quoting a Hebrew word; the digest's own words (the running header) stay where they were.
/// </summary>
public sealed class RightToLeftDigestTests
{
    private const string HebrewBody = "שלום לכולם! זהו מאמר בעברית על התוכנה Publisher (גרסה 2026): היא כותבת ספרים וקבצי PDF בכל שבוע, והשורות מסתיימות בשוליים הימניים של הדף.";

    [Fact]
    public void A_hebrew_article_is_set_flush_right_with_its_words_read_from_the_right()
    {
        using var pdf = PdfDocument.Open(Digest());
        var page = pdf.GetPages().Last(p => p.Letters.Any(l => l.Value == "ש")); // not the contents
        var site = WeekCorpus.Site();
        var right = page.Width - new Typesetting.Styling.TypesettingStyle().Margins.Right;
        var hebrewLines = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .Where(line => line.Any(l => l.Value[0] is >= '\u05D0' and <= '\u05EA'))
            .Where(line => !line.Any(l => l.Value is "ß" or "[")) // the German article's line quoting a Hebrew word, and the addresses, start at the left
            .ToList();
        Assert.True(hebrewLines.Count >= 3, $"{hebrewLines.Count} Hebrew lines"); // headline, body lines
        Assert.All(hebrewLines, line => Assert.InRange(line.Max(l => l.EndBaseLine.X), right - 0.5, right + 0.01));

        var body = string.Concat(hebrewLines.SelectMany(line => line.OrderBy(l => l.StartBaseLine.X)).Select(l => l.Value));
        Assert.Contains("םלוכל", body); // לכולם, its letters from the right
        Assert.Contains("Publisher", body);
        Assert.Contains(":(2026", body);

        var german = string.Concat(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderBy(l => -l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X).Select(l => l.Value));
        Assert.Contains("EinZitat:„םולש“heißtFrieden.", german);
        Assert.Contains(site.Title.Replace(" ", ""), german); // the running header, left to right
    }

    [Fact]
    public void The_count_after_a_hebrew_tag_and_an_address_in_a_hebrew_article_keep_their_places()
    {
        using var pdf = PdfDocument.Open(Digest());
        static string Line(UglyToad.PdfPig.Content.Page page, string contains) => page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).Select(line => string.Concat(line.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)))
            .Single(line => line.Contains(contains, StringComparison.Ordinal));

        // "תקציב 2026 · 1 Artikel": the name reads from the right, the count stays after it (not "1 · 2026 ביצקת Artikel").
        Assert.EndsWith("2026ביצקת·1Artikel", Line(pdf.GetPage(1), "ביצקת"));
        // The list of addresses is set left to right, so the address is printed as it is typed (no "/" moved to its front).
        var notes = pdf.GetPages().Select(p => p.Letters.Any(l => l.Value == "[") ? p : null).OfType<UglyToad.PdfPig.Content.Page>().Last();
        Assert.Contains("https://www.berlin.de/ba-mitte/", Line(notes, "berlin.de"));
    }

    [Fact]
    public void An_arabic_section_name_in_the_running_header_is_joined_as_in_the_text()
    {
        using var pdf = PdfDocument.Open(Digest(("ulum.md", "---\ntitle: \"مرحبا\"\ndate: 2026-11-18\ntags: [\"علوم\"]\nlanguage: ar\n---\n\nنص قصير.\n")));
        var page = pdf.GetPages().Last();
        var top = page.Letters.Max(l => l.StartBaseLine.Y);
        var header = page.Letters.Where(l => Math.Abs(l.StartBaseLine.Y - top) < 1).Select(l => l.Value[0]).ToList();
        Assert.Contains(header, c => c is >= '\uFE70' and <= '\uFEFF'); // علوم in its joining forms
        Assert.DoesNotContain(header, c => c is >= '\u0621' and <= '\u064A'); // not as isolated letters
    }

    private static byte[] Digest() => Digest(
        ("schalom.md", $"---\ntitle: \"שלום לכולם\"\ndate: 2026-11-18\ntags: [Sprachen, \"תקציב 2026\"]\nlanguage: he\n---\n\n{HebrewBody}\n\nראו [את האתר](https://www.berlin.de/ba-mitte/).\n"),
        ("hallo.md", "---\ntitle: \"Hallo\"\ndate: 2026-11-17\ntags: [Sprachen]\nlanguage: de\n---\n\nEin Zitat: „שלום“ heißt Frieden.\n"));

    private static byte[] Digest(params (string Name, string Text)[] files)
    {
        var site = WeekCorpus.Site();
        var diagnostics = new DiagnosticBag();
        var articles = files.Select(a => WeekCorpus.Article(a.Name, a.Text, site, diagnostics)).ToList();
        var corpus = Corpus.Create(site, articles);
        var renderer = new DigestRenderer(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)));
        return renderer.Render(corpus, corpus.Weeks.Single(), diagnostics).Pdf;
    }
}
