using System.Text;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// Decomposed text (NFD, as macOS file names and text copied out of PDFs have it: <c>u</c> + U+0308) prints as the
/// composed letter's glyph, not as a mark drawn after its letter, and hyphenates as the composed word does.
/// </summary>
public sealed class ComposedTextTests
{
    private const string Sentence = "Müller öffnet die Tür: Übermäßig große Bäcker-Öfen in Köln. Die Bürgerversammlungsteilnehmerinnen prüfen Überschwemmungsgebietsgrenzen.";

    [Fact]
    public void Decomposed_text_prints_its_composed_letters()
    {
        var decomposed = Sentence.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Sentence, decomposed);
        using var rendered = new RenderedMarkup($"<h2>{decomposed[..11]}</h2><p>{decomposed}</p>");
        Assert.DoesNotContain(rendered.Letters, l => l.Value.Contains('\u0308'));
        Assert.Contains("Müller", rendered.Text);
        Assert.Contains("Übermäßig", rendered.Text);
    }

    [Fact]
    public void Decomposed_words_hyphenate_as_composed_ones()
    {
        string Lines(string text)
        {
            using var rendered = new RenderedMarkup($"<p>{text} {text} {text}</p>", "data-columns=\"2\"");
            return string.Join("\n", rendered.Result.Flows.OfType<Layout.TextFlow>().SelectMany(f => f.Lines).Select(l => l.PlainText));
        }
        var composed = Lines(Sentence);
        Assert.Matches("[a-zäöü]-\n", composed); // the column is narrow enough to hyphenate
        Assert.Equal(composed, Lines(Sentence.Normalize(NormalizationForm.FormD)));
    }
}
