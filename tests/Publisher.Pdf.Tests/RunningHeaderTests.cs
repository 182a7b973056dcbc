using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Model;
using Publisher.Pdf.Digest;
using Publisher.Templating;
using UglyToad.PdfPig;

namespace Publisher.Pdf.Tests;

/// <summary>
/// The running header with texts too long for the line: a site title and a tag name are user data of any length. Its
/// two texts never overprint each other, never leave the type area, and are cut short with "…".
/// </summary>
public sealed class RunningHeaderTests
{
    private const string LongTitle = "Stadtbote Berlin – Nachrichten aus Berlin und Brandenburg, jeden Tag und jede Woche neu";

    // 100 characters.
    private const string LongTag = "Stadtentwicklung und Wohnungsbau in Berlin-Brandenburg zwischen Mietendeckel und Bauland für alle!!!";

    [Theory]
    [InlineData(PageSize.A5, LongTitle, LongTag, true)]
    [InlineData(PageSize.A4, LongTitle, LongTag, true)]
    [InlineData(PageSize.A5, "Stadtbote", LongTag, true)]
    [InlineData(PageSize.A4, LongTitle, "Verkehr", false)] // fits as it is
    public void Header_texts_stay_in_the_type_area_apart_and_are_cut_short_with_an_ellipsis(PageSize size, string title, string tag, bool shortened)
    {
        Assert.Equal(100, LongTag.Length);
        var site = WeekCorpus.Site(size) with { Title = title };
        var style = DigestStyle.For(site);
        using var pdf = PdfDocument.Open(Digest(site, tag));
        var headers = 0;
        foreach (var page in pdf.GetPages())
        {
            var top = page.Height - style.Margins.Top;
            var line = page.Letters.Where(l => l.StartBaseLine.Y > top && !string.IsNullOrWhiteSpace(l.Value)).OrderBy(l => l.StartBaseLine.X).ToList();
            if (line.Count == 0) continue;
            headers++;
            Assert.InRange(line[0].StartBaseLine.X, style.Margins.Left - 0.01, page.Width);
            Assert.InRange(line[^1].EndBaseLine.X, 0, page.Width - style.Margins.Right + 0.01);
            for (var i = 1; i < line.Count; i++) // no letter starts before the one to its left ends: nothing overprints
                Assert.True(line[i].StartBaseLine.X >= line[i - 1].EndBaseLine.X - 0.01, $"overprint at {line[i].Value} on page {page.Number}");
            var text = string.Concat(line.Select(l => l.Value));
            Assert.StartsWith(title.Split(' ')[0], text);
            Assert.Contains(tag.Split(' ')[0], text);
            Assert.Equal(shortened, text.Contains('…'));
            if (!shortened) Assert.Equal((title + "·Woche46/2026" + tag).Replace(" ", ""), text);
        }
        Assert.True(headers >= 1);
    }

    [Theory]
    [InlineData(PageSize.A5, "Verkehr")]
    [InlineData(PageSize.A5, LongTag)]
    [InlineData(PageSize.A4, LongTag)]
    public void A_long_site_title_is_cut_before_the_week_which_stays_whole(PageSize size, string tag)
    {
        var site = WeekCorpus.Site(size) with { Title = LongTitle };
        var style = DigestStyle.For(site);
        using var pdf = PdfDocument.Open(Digest(site, tag));
        var headers = 0;
        foreach (var page in pdf.GetPages())
        {
            var top = page.Height - style.Margins.Top;
            var text = string.Concat(page.Letters.Where(l => l.StartBaseLine.Y > top).OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)).Replace(" ", "");
            if (text.Length == 0) continue;
            headers++;
            Assert.Contains("…·Woche46/2026", text); // the title cut, "·" and the whole week after it
            Assert.StartsWith("StadtboteBerlin", text);
        }
        Assert.True(headers >= 1);
    }

    private static byte[] Digest(Site site, string tag)
    {
        var diagnostics = new DiagnosticBag();
        var text = $"---\ntitle: Bauland\ndate: 2026-11-10\ntags: [\"{tag}\"]\n---\n\n" + string.Join("\n\n", Enumerable.Repeat(
            "Der Bezirk hat am Mittwochabend beschlossen, das Grundstück an der Straßenecke zu verkaufen; die Verbände kritisieren die Lösung.", 12));
        var corpus = Corpus.Create(site, [WeekCorpus.Article("bauland.md", text, site, diagnostics)]);
        var renderer = new DigestRenderer(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)));
        return renderer.Render(corpus, corpus.Weeks.Single(), diagnostics).Pdf;
    }
}
