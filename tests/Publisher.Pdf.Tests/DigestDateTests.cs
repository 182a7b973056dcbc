using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Pdf.Digest;
using Publisher.Templating;

namespace Publisher.Pdf.Tests;

/// <summary>A digest's creation and modification date is its newest article's instant: from the content, not the clock.</summary>
public sealed class DigestDateTests
{
    private static readonly DigestRenderer Renderer = new(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)));

    [Fact]
    public void Creation_and_modification_date_are_the_newest_articles_instant_in_info_and_xmp()
    {
        // Articles dated 9, 10 and 11 November (date only: 00:00 UTC); one gets an exact instant on Friday the 13th.
        var friday = new DateTimeOffset(2026, 11, 13, 18, 45, 30, TimeSpan.FromHours(1));
        var corpus = WeekCorpus.Edited(3, new Dictionary<string, Func<Article, Article>>
        {
            ["Wohnen"] = a => a with { Published = new PublicationDate(new DateOnly(2026, 11, 13), friday) },
        });
        var folder = Directory.CreateTempSubdirectory("digest-date-");
        try
        {
            var path = Path.Combine(folder.FullName, "digest.pdf");
            var pdf = Renderer.Render(corpus, corpus.Weeks.Single(), new DiagnosticBag()).Pdf;
            File.WriteAllBytes(path, pdf);
            var info = Tool.Run("pdfinfo", path).Output;
            Assert.Contains("CreationDate:    Fri Nov 13 17:45:30 2026 UTC", info);
            Assert.Contains("ModDate:         Fri Nov 13 17:45:30 2026 UTC", info);
            var xmp = Tool.Run("pdfinfo", "-meta", path).Output;
            Assert.Contains("<xmp:CreateDate>2026-11-13T17:45:30Z</xmp:CreateDate>", xmp);
            Assert.Contains("<xmp:ModifyDate>2026-11-13T17:45:30Z</xmp:ModifyDate>", xmp);
            Assert.Equal(pdf, Renderer.Render(corpus, corpus.Weeks.Single(), new DiagnosticBag()).Pdf);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void A_week_of_date_only_articles_dates_the_digest_at_midnight_of_the_newest_day_in_the_sites_zone()
    {
        var corpus = WeekCorpus.Create(3);
        var zone = TimeZoneInfo.CreateCustomTimeZone("UTC+1", TimeSpan.FromHours(1), "UTC+1", "UTC+1");
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 23, 0, 0, TimeSpan.Zero), DigestRenderer.Newest(corpus.Weeks.Single(), zone));
    }
}
