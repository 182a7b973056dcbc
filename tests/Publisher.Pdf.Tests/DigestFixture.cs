using Publisher.Core.Diagnostics;
using Publisher.Core.Grouping;
using Publisher.Pdf.Digest;
using Publisher.Templating;
using Publisher.Typesetting;

namespace Publisher.Pdf.Tests;

/// <summary>Renders one week's digest once (shipped templates) and writes it to a temp file for the CLI tools.</summary>
public sealed class DigestFixture : IDisposable
{
    public DigestFixture()
    {
        Corpus = WeekCorpus.Create(14);
        Week = Corpus.Weeks.Single();
        Renderer = new DigestRenderer(new TemplateRenderer(new TemplateSet(TemplateSet.ShippedDirectory)));
        View = DigestViewBuilder.Build(Corpus, Week);
        Result = Renderer.Render(Corpus, Week, Diagnostics);
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(PdfPath, Result.Pdf);
        PageTexts = Enumerable.Range(1, Result.Plan.PageCount).Select(p => Tool.PageText(PdfPath, p)).ToList();
    }

    public Corpus Corpus { get; }
    public WeekGroup Week { get; }
    public DigestRenderer Renderer { get; }
    public DigestView View { get; }
    public DiagnosticBag Diagnostics { get; } = new();
    public TypesetResult Result { get; }
    public IReadOnlyList<string> PageTexts { get; }
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "digest-tests-" + Guid.NewGuid().ToString("N"));
    public string PdfPath => Path.Combine(Folder, "digest.pdf");

    /// <summary>1-based pages whose text contains <paramref name="text"/> (whitespace-insensitive).</summary>
    public IEnumerable<int> PagesWith(string text) =>
        PageTexts.Select((page, i) => (Text: Normalize(page), Page: i + 1)).Where(p => p.Text.Contains(Normalize(text))).Select(p => p.Page);

    /// <summary>Text without white space and hyphens: compares across line breaks and hyphenation.</summary>
    public static string Normalize(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '\u00AD').ToArray());

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, true);
    }
}
