using Publisher.Core.Model;
using Publisher.Pdf.Digest;
using Publisher.Templating;

namespace Publisher.Pdf.Tests;

public sealed class PageSizeTests
{
    [Theory]
    [InlineData(PageSize.A4, "595.28 x 841.89")]
    [InlineData(PageSize.A5, "419.53 x 595.28")]
    [InlineData(PageSize.Letter, "612 x 792")]
    public void The_site_chooses_the_paper(PageSize size, string expected)
    {
        var corpus = WeekCorpus.Create(3, size);
        var renderer = new DigestRenderer(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)));
        var result = renderer.Render(corpus, corpus.Weeks.Single(), new());
        var path = Path.Combine(Path.GetTempPath(), $"digest-{size}-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(path, result.Pdf);
            Assert.Contains($"Page size:       {expected} pts", Tool.Run("pdfinfo", path).Output);
            Assert.Equal(0, Tool.Run("qpdf", "--check", path).ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
