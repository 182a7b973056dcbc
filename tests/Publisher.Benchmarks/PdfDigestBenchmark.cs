using BenchmarkDotNet.Attributes;
using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Pdf.Digest;
using Publisher.Templating;
using Publisher.Typesetting;
using Publisher.Typesetting.Document;
using Publisher.Typesetting.Markup;

namespace Publisher.Benchmarks;

/// <summary>
/// The weekly PDF digest of a 100-article week (target: &lt; 0.6 s, &lt; 300 MB peak):
/// the whole render (view, template, markup, layout, PDF) and the layout passes alone.
/// </summary>
[MemoryDiagnoser]
public class PdfDigestBenchmark
{
    private Corpus _corpus = null!;
    private WeekGroup _week = null!;
    private DigestRenderer _renderer = null!;
    private MarkupResult _markup = null!;

    [Params(100)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = PdfDigestCorpus.Create(Articles);
        _week = _corpus.Weeks.Single();
        _renderer = new DigestRenderer(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)));
        var markup = _renderer.RenderMarkup(DigestViewBuilder.Build(_corpus, _week));
        _markup = XhtmlReader.Read(markup, "digest", DigestStyle.For(_corpus.Site));
    }

    [Benchmark(Description = "digest: view + template + markup + layout + PDF")]
    public int RenderDigest() => _renderer.Render(_corpus, _week, new DiagnosticBag()).Pdf.Length;

    [Benchmark(Description = "layout only (two passes)")]
    public int Layout() => new Typesetter(_markup.Style).Layout(new TypesetDocument(_markup.Blocks, DocumentInfo.Untitled)).Plan.PageCount;
}
