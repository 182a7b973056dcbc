using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Core.Output;
using Publisher.Pdf.Digest;
using Publisher.Templating;

namespace Publisher.Pdf;

/// <summary>
/// The weekly PDF digest: one <c>pdf/{YYYY-Www}.pdf</c> per ISO week of the corpus. <paramref name="sources"/>
/// lets its warnings name the content line they are about. A digest embeds the pictures of its articles' content folder
/// (<see cref="DigestPictures"/>) and lists them in its job.
/// </summary>
public sealed class PdfDigestFormat(TemplateRenderer templates, SourceLines? sources = null) : IOutputFormat
{
    public string Name => "pdf";

    public IReadOnlyList<OutputJob> Plan(Corpus corpus, DiagnosticBag diagnostics)
    {
        // The build writes its jobs in parallel: with several weeks, each digest keeps to one core.
        var renderer = new DigestRenderer(templates, useAllCores: corpus.Weeks.Length < 2, sources);
        return
        [
            .. corpus.Weeks.Select(week => new OutputJob(
                OutputPath.For("pdf", week.Week, ".pdf"),
                week.Articles,
                [DigestRenderer.TemplateName, "shared/article-body.sbn"],
                stream => stream.Write(renderer.Render(corpus, week, diagnostics).Pdf))
            {
                // The pictures the digest embeds: a changed picture rewrites it.
                Pictures = corpus.Pictures.Of(week.Articles),
            }),
        ];
    }
}
