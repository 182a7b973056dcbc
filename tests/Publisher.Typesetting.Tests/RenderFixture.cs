using Publisher.Typesetting.Document;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Rendering;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

/// <summary>Renders the sample once for all PDF checks and writes it to a temp file for the CLI tools.</summary>
public sealed class RenderFixture : IDisposable
{
    public static readonly DocumentInfo Info = new("Wochenschau 2025-W10", "Redaktion", "Beispiel", ["Politik", "Kultur"], "de",
        new DateTimeOffset(2025, 3, 9, 0, 0, 0, TimeSpan.Zero));

    public RenderFixture()
    {
        Markup = XhtmlReader.Read(SampleMarkup.Build(3, 3), "sample.xhtml", new TypesettingStyle());
        var decorations = new PageDecorations(
            page => page.Section is null ? null : new RunningText("Wochenschau · 2025-W10", Right: page.Section),
            page => new RunningText(Center: $"page {page.Number} of {page.Count}"));
        Typesetter = new Typesetter(Markup.Style, decorations: decorations);
        Result = Typesetter.Render(new TypesetDocument(Markup.Blocks, Info));
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(PdfPath, Result.Pdf);
    }

    public MarkupResult Markup { get; }
    public Typesetter Typesetter { get; }
    public TypesetResult Result { get; }
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "typesetting-tests-" + Guid.NewGuid().ToString("N"));
    public string PdfPath => Path.Combine(Folder, "sample.pdf");

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, true);
    }
}
