using Publisher.Typesetting.Document;
using Publisher.Typesetting.Markup;
using Publisher.Typesetting.Styling;

namespace Publisher.Typesetting.Tests;

/// <summary>
/// Text outside the Basic Multilingual Plane (surrogate pairs) in the middle of runs: whatever the
/// typesetter prints for it (the replacement character for a glyph the fonts lack), the runs drawn as
/// one TJ around it must still give their words back, and the file must stay valid.
/// </summary>
public sealed class SurrogatePairTests
{
    [Fact]
    public void A_paragraph_with_a_surrogate_pair_renders_and_its_neighbours_read_back()
    {
        const string markup = "<html><body><h1>Zeichen</h1>"
                              + "<p>Vorher steht 𝄞 mitten im Satz, <em>kursiv 😀 auch</em>, und nachher geht es weiter.</p>"
                              + "</body></html>";
        var read = XhtmlReader.Read(markup, "surrogates.xhtml", new TypesettingStyle());
        var result = new Typesetter(read.Style).Render(new TypesetDocument(read.Blocks, RenderFixture.Info));
        var folder = Directory.CreateTempSubdirectory("typesetting-surrogates-");
        try
        {
            var path = Path.Combine(folder.FullName, "surrogates.pdf");
            File.WriteAllBytes(path, result.Pdf);
            var (code, check) = Tool.Run("qpdf", "--check", path);
            Assert.True(code == 0, check);
            var text = Tool.Run("pdftotext", path, "-").Output;
            foreach (var word in new[] { "Vorher", "steht", "mitten", "kursiv", "auch", "nachher", "weiter." })
                Assert.Contains(word, text);
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
