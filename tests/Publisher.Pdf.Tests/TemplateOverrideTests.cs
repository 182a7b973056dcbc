using Publisher.Core.Diagnostics;
using Publisher.Pdf.Digest;
using Publisher.Templating;

namespace Publisher.Pdf.Tests;

public sealed class TemplateOverrideTests
{
    [Fact]
    public void A_sites_digest_template_with_unknown_markup_gives_warnings_not_a_broken_pdf()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "digest-override-" + Guid.NewGuid().ToString("N")));
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "pdf"));
            File.WriteAllText(Path.Combine(folder.FullName, "pdf", "digest.sbn"), """
                <html><body data-columns="2" data-page-size="B5">
                <h1>{{ digest.site.title | escape }}</h1>
                <marquee>{{ digest.week }}</marquee>
                {{ for section in digest.sections }}{{ for item in section.articles }}<h2 id="{{ item.anchor }}">{{ item.article.headline | escape }}</h2>
                {{ include 'shared/article-body.sbn' item.article 'h3' }}{{ end }}{{ end }}
                </body></html>
                """);
            var corpus = WeekCorpus.Create(4);
            var renderer = new DigestRenderer(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory, folder.FullName)));
            var diagnostics = new DiagnosticBag();
            var result = renderer.Render(corpus, corpus.Weeks.Single(), diagnostics);

            var messages = diagnostics.Sorted().Select(d => d.ToString()).ToList();
            Assert.Contains(messages, m => m.Contains("pdf/digest.sbn (2026-W46)") && m.Contains("B5"));
            Assert.Contains(messages, m => m.Contains("pdf/digest.sbn (2026-W46)") && m.Contains("<marquee>"));
            Assert.Equal(2, result.Plan.Pages.SelectMany(p => p.Placements).Select(p => p.X).Distinct().Count());
            var path = Path.Combine(folder.FullName, "out.pdf");
            File.WriteAllBytes(path, result.Pdf);
            Assert.Equal(0, Tool.Run("qpdf", "--check", path).ExitCode);
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
